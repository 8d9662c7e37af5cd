package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, checked by reading it (no Docker engine here): multi-stage, built with the Maven wrapper from
 * every reactor module, run on a JRE with bin/ara as a non-root user, with a health check on /api/live that the
 * image can run (curl, which the ECS task's health check uses as well).
 */
class DockerfileTest {
    private static List<String> instructions;
    private static int runtimeStart;

    @BeforeAll
    static void read() throws IOException {
        String text = Files.readString(Tools.root().resolve("Dockerfile")).replaceAll("\\\\\\n\\s*", " ");
        instructions = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                instructions.add(trimmed);
            }
        }
        runtimeStart = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                runtimeStart = i;
            }
        }
    }

    private static List<String> build() {
        return instructions.subList(0, runtimeStart);
    }

    private static List<String> runtime() {
        return instructions.subList(runtimeStart, instructions.size());
    }

    @Test
    void isMultiStage() {
        assertThat(instructions.stream().filter(i -> i.startsWith("FROM ")).count()).isEqualTo(2);
        assertThat(instructions.get(0)).matches("FROM \\S+-jdk AS build");
        assertThat(runtime().get(0)).matches("FROM eclipse-temurin:\\d+-jre");
    }

    @Test
    void buildsWithTheMavenWrapperFromEveryReactorModule() throws IOException {
        assertThat(build()).anyMatch(i -> i.startsWith("RUN ./mvnw ") && i.contains("package"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(
                Files.readString(Tools.root().resolve("pom.xml")).replaceAll("(?s)<profiles>.*</profiles>", ""));
        int count = 0;
        while (modules.find()) {
            String module = modules.group(1);
            assertThat(build()).as("the build stage copies module %s", module)
                    .anyMatch(i -> i.startsWith("COPY " + module + "/"));
            count++;
        }
        assertThat(count).isGreaterThan(8);
    }

    @Test
    void runsTheLauncherAsANonRootUser() {
        List<String> users = runtime().stream().filter(i -> i.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        assertThat(users.get(0).substring(5).strip()).isNotIn("root", "0", "0:0");
        assertThat(runtime()).contains("COPY --from=build /src/ara-bootstrap/target/ara/ /app/");
        assertThat(runtime().get(runtime().size() - 1)).isEqualTo("ENTRYPOINT [\"/app/bin/ara\"]");
    }

    @Test
    void healthCheckHitsLiveOnThePortTheServiceUses() {
        assertThat(runtime()).anyMatch(i -> i.startsWith("HEALTHCHECK ")
                && i.contains("curl -fsS http://127.0.0.1:7070/api/live"));
        assertThat(runtime()).anyMatch(i -> i.startsWith("RUN ") && i.contains("apt-get install")
                && i.contains(" curl"));
        assertThat(runtime()).contains("EXPOSE 7070");
    }
}
