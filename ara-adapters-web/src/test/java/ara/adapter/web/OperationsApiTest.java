package ara.adapter.web;

import ara.application.port.in.health.CheckHealthUseCase;
import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import ara.application.port.in.health.ReadinessView;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations routes as HTTP shows them: readiness, health documents, details for admins, HEAD, metrics. */
class OperationsApiTest {
    private static final CheckView DATABASE = new CheckView("database", HealthView.Status.HEALTHY, true,
            Duration.ofMillis(3), "h2: SELECT 1 answered at db.internal");
    private static final CheckView REDIS_DOWN = new CheckView("redis", HealthView.Status.DEGRADED, false,
            Duration.ofMillis(250), "PING failed: redis.internal:6379 refused");

    private final AtomicReference<HealthView> report = new AtomicReference<>(
            HealthView.of(List.of(DATABASE, REDIS_DOWN), Instant.EPOCH));
    private final AtomicReference<ReadinessView> readiness = new AtomicReference<>(
            new ReadinessView(false, "starting", List.of()));
    private final CheckHealthUseCase health = new CheckHealthUseCase() {
        @Override
        public HealthView health() {
            return report.get();
        }

        @Override
        public ReadinessView readiness() {
            return readiness.get();
        }
    };
    private Api api;

    private Api start(Optional<String> metricsToken) {
        api = new Api(new WebOperations(health, () -> "# TYPE up gauge\nup 1\n", OpenTelemetry.noop(),
                metricsToken));
        return api;
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void readinessIs503UntilReadyAndNeverAProblem() {
        start(Optional.empty());

        Api.Reply starting = api.get("/api/ready");
        readiness.set(new ReadinessView(true, "ready", List.of(DATABASE)));
        Api.Reply ready = api.get("/api/ready");
        readiness.set(new ReadinessView(false, "draining", List.of()));
        Api.Reply draining = api.get("/api/ready");

        assertThat(starting.status()).isEqualTo(503);
        assertThat(starting.header("Content-Type")).startsWith("application/json");
        assertThat(starting.json().get("status").asText()).isEqualTo("not_ready");
        assertThat(starting.json().get("reason").asText()).isEqualTo("starting");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("ready");
        assertThat(draining.status()).isEqualTo(503);
        assertThat(draining.json().get("reason").asText()).isEqualTo("draining");
    }

    @Test
    void healthIs200WhenDegradedAnd503WhenUnhealthyWithoutDetailsForThepublic() {
        start(Optional.empty());

        Api.Reply degraded = api.anonymous().get("/api/health");
        report.set(HealthView.of(List.of(new CheckView("database", HealthView.Status.UNHEALTHY, true,
                Duration.ofSeconds(2), "no answer within 2000 ms"), REDIS_DOWN), Instant.EPOCH));
        Api.Reply unhealthy = api.anonymous().get("/api/health");

        assertThat(degraded.status()).isEqualTo(200);
        assertThat(degraded.json().get("status").asText()).isEqualTo("degraded");
        JsonNode redis = degraded.json().get("checks").get(1);
        assertThat(redis.get("name").asText()).isEqualTo("redis");
        assertThat(redis.get("status").asText()).isEqualTo("degraded");
        assertThat(redis.get("critical").asBoolean()).isFalse();
        assertThat(redis.get("durationMs").asLong()).isEqualTo(250);
        assertThat(redis.has("detail")).isFalse();
        assertThat(degraded.body()).doesNotContain("internal");
        assertThat(unhealthy.status()).isEqualTo(503);
        assertThat(unhealthy.header("Content-Type")).startsWith("application/json");
        assertThat(unhealthy.json().get("status").asText()).isEqualTo("unhealthy");
    }

    @Test
    void adminsSeeDetailsAndBadCredentialsAreIgnored() {
        start(Optional.empty());

        Api.Reply admin = api.asUser("root:admin").get("/api/health");
        Api.Reply user = api.asUser("alice").get("/api/health");
        Api.Reply forged = api.as("Authorization", "Bearer forged").get("/api/health");

        assertThat(admin.json().get("checks").get(1).get("detail").asText()).contains("refused");
        assertThat(user.json().get("checks").get(1).has("detail")).isFalse();
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.json().get("checks").get(1).has("detail")).isFalse();
    }

    @Test
    void oneCheckAloneIs503WhenItFailed() {
        start(Optional.empty());

        Api.Reply database = api.get("/api/health/database");
        Api.Reply redis = api.get("/api/health/redis");
        Api.Reply storage = api.get("/api/health/storage");

        assertThat(database.status()).isEqualTo(200);
        assertThat(database.json().get("checks")).hasSize(1);
        assertThat(redis.status()).isEqualTo(503);
        assertThat(redis.json().get("status").asText()).isEqualTo("degraded");
        assertThat(storage.status()).as("a check that is not registered has nothing to fail").isEqualTo(200);
    }

    @Test
    void headAnswersEveryOperationsRouteWithoutABody() {
        start(Optional.empty());
        readiness.set(new ReadinessView(true, "ready", List.of(DATABASE)));

        for (String path : List.of("/api/live", "/api/ready", "/api/health", "/api/health/database",
                "/api/metrics")) {
            Api.Reply head = api.send("HEAD", path, null);
            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
        }
        assertThat(api.send("HEAD", "/api/health/redis", null).status()).isEqualTo(503);
    }

    @Test
    void probesAndScrapesAreNeverRateLimited() {
        start(Optional.empty());
        api.backend.limit(Scope.API_PER_IP, 1);

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/ready").status()).isEqualTo(503);
            assertThat(api.get("/api/metrics").status()).isEqualTo(200);
            assertThat(api.get("/api/health/database").header("RateLimit-Limit")).isNull();
        }
        assertThat(api.get("/api/v1/questionnaire").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaire").status()).isEqualTo(429);
    }

    @Test
    void servesMetricsAsPrometheusTextPubliclyByDefault() {
        start(Optional.empty());

        Api.Reply metrics = api.anonymous().get("/api/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(metrics.body()).isEqualTo("# TYPE up gauge\nup 1\n");
    }

    @Test
    void aMetricsTokenGuardsTheMetrics() {
        start(Optional.of("s3cret-scrape-token"));

        Api.Reply without = api.anonymous().get("/api/metrics");
        Api.Reply wrong = api.as("Authorization", "Bearer nope").get("/api/metrics");
        Api.Reply right = api.as("Authorization", "Bearer s3cret-scrape-token").get("/api/metrics");

        assertThat(without.status()).isEqualTo(401);
        assertThat(without.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body()).contains("up 1");
    }
}
