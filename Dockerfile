# syntax=docker/dockerfile:1
# ARA's container image (the one terraform/modules/compute runs on ECS Fargate).
#   docker build -t ara:$(git describe --tags --always) .
#   docker run --rm -p 7070:7070 ara:…          # embedded defaults; configure with ARA_* variables (README.md)
# Stage 1 builds the distribution with the Maven wrapper; stage 2 runs it on a JRE with the module-path launcher.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY ara-domain/ ara-domain/
COPY ara-application/ ara-application/
COPY ara-at-rest/ ara-at-rest/
COPY ara-testkit/ ara-testkit/
COPY ara-adapters-web/ ara-adapters-web/
COPY ara-adapters-memory/ ara-adapters-memory/
COPY ara-adapters-catalog/ ara-adapters-catalog/
COPY ara-adapters-redis/ ara-adapters-redis/
COPY ara-adapters-persistence/ ara-adapters-persistence/
COPY ara-adapters-storage/ ara-adapters-storage/
COPY ara-adapters-report/ ara-adapters-report/
COPY ara-adapters-identity/ ara-adapters-identity/
COPY ara-adapters-assistant/ ara-adapters-assistant/
COPY ara-adapters-telemetry/ ara-adapters-telemetry/
COPY ara-adapters-mail/ ara-adapters-mail/
COPY ara-adapters-webhook/ ara-adapters-webhook/
COPY ara-bootstrap/ ara-bootstrap/
# The reactor lists these test-only modules; the build reads their POMs and skips them.
COPY ara-infrastructure-tests/pom.xml ara-infrastructure-tests/
COPY ara-application-tests/pom.xml ara-application-tests/
RUN ./mvnw -B -q -DskipTests -pl ara-bootstrap -am package

FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system ara \
    && useradd --system --gid ara --home-dir /app --shell /usr/sbin/nologin ara \
    && install -d -m 0700 -o ara -g ara /var/lib/ara
COPY --from=build /src/ara-bootstrap/target/ara/ /app/
ENV ARA_DATA_DIR=/var/lib/ara \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER ara
WORKDIR /app
EXPOSE 7070
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:7070/api/live || exit 1
ENTRYPOINT ["/app/bin/ara"]
