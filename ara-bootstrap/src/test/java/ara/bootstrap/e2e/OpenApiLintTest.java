package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OpenAPI document ARA serves ({@code GET /api/openapi.json}, through the production wiring) linted with
 * Redocly's recommended rules: {@code @redocly/cli}, pinned in src/test/openapi-lint/package-lock.json and installed
 * into target/openapi-lint with {@code npm ci}; the rules in redocly.yaml there, the one ignored finding in its
 * .redocly.lint-ignore.yaml (both explained in docs/adr/0020). Zero errors and zero warnings. Skipped, saying why,
 * when node or npm are missing or npm cannot install.
 */
class OpenApiLintTest {
    private static final Path SOURCES = Path.of("src/test/openapi-lint");
    private static final Path WORK = Path.of("target/openapi-lint");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void theServedDocumentLintsCleanUnderRedoclysRecommendedRules() throws IOException {
        String node = NodeTools.onPath("node");
        String npm = NodeTools.onPath("npm");
        assumeTrue(node != null && npm != null, "SKIPPED: node and npm are needed for the OpenAPI lint");
        Path modules = NodeTools.install(npm, SOURCES, WORK, "@redocly/cli/package.json", "the OpenAPI lint");
        for (String name : List.of("redocly.yaml", ".redocly.lint-ignore.yaml")) {
            Files.copy(SOURCES.resolve(name), WORK.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(WORK.resolve("openapi.json"), servedDocument(), StandardCharsets.UTF_8);

        NodeTools.Result lint = NodeTools.run(WORK, Map.of("REDOCLY_TELEMETRY", "off",
                        "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"), 120,
                node, modules.resolve("@redocly/cli/bin/cli.js").toAbsolutePath().toString(), "lint",
                "openapi.json", "--format=json");

        JsonNode totals = totals(lint.output());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(totals.path("errors").asInt(-1)).as(lint.output()).isZero();
        assertThat(totals.path("warnings").asInt(-1)).as(lint.output()).isZero();
        assertThat(totals.path("ignored").asInt(-1)).as("only the 303 download is ignored").isEqualTo(1);
    }

    private String servedDocument() {
        try (Application application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(Map.of(
                "ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DB_URL", "memory",
                "ARA_DATA_DIR", dataDir.toString())))), Clock.systemUTC())) {
            HttpSession.Reply reply = new HttpSession(application.port()).get("/api/openapi.json");
            assertThat(reply.status()).isEqualTo(200);
            return reply.raw().body();
        }
    }

    /** The report's totals: the JSON on stdout, after whatever notices node printed. */
    private static JsonNode totals(String output) {
        int totals = output.indexOf("\"totals\"");
        assertThat(totals).as("Redocly printed no JSON report:\n%s", output).isNotNegative();
        try {
            return JSON.readTree(output.substring(output.lastIndexOf('{', totals))).path("totals");
        } catch (IOException e) {
            throw new UncheckedIOException(output, e);
        }
    }
}
