package ara.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the real distribution: {@code bin/ara} launches ARA in module mode (as operators run it), which is
 * the only way to catch a module that the tests' class path hides. Runs after {@code package} (Failsafe).
 */
class LauncherSmokeIT {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void launcherStartsServesAndStopsGracefully(@TempDir Path dataDir) throws Exception {
        assertThat(LaunchedAra.launcher()).isExecutable();
        Path log = dataDir.resolve("ara.log");
        String token = issueToken(LaunchedAra.launcher(), dataDir.resolve("data"));
        long started = System.nanoTime();
        int port;
        try (LaunchedAra ara = LaunchedAra.start(dataDir.resolve("data"), Map.of(), log)) {
            URI base = ara.base();
            port = ara.port();
            long startupMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(get(base.resolve("/api/v1/questionnaire")).statusCode()).isEqualTo(200);
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/audits"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"organizationName\":\"Smoke\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.body()).contains("\"guestToken\"");
            HttpResponse<String> mine = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/audits"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(mine.statusCode()).as("a token from bin/ara token is accepted").isEqualTo(200);
            HttpResponse<String> stats = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/stats"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).as("admin stats in module mode").isEqualTo(200);
            assertThat(stats.body()).contains("\"guestAudits\":1");
            assertThat(startupMillis).as("start-up time, reported below").isPositive();
            Files.writeString(dataDir.resolve("startup-ms"), Long.toString(startupMillis));
            assertThat(ara.stop(Duration.ofSeconds(30))).as("ARA stops within 30 s of SIGTERM").isTrue();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("listening on port " + port).contains("ARA stopped")
                .doesNotContain("Exception");
    }

    /** The operator commands through the real launcher, on an embedded database with one fresh guest audit. */
    @Test
    void operatorCommandsAnswerWithOutputAndExitStatus(@TempDir Path dataDir) throws Exception {
        Path launcher = Path.of(System.getProperty("ara.distribution", "target/ara")).resolve("bin/ara");
        Path data = dataDir.resolve("data");

        Command help = command(launcher, data, Map.of(), "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("guest-cleanup [--dry-run]").contains("reseal [--dry-run]")
                .contains("check-config");
        assertThat(command(launcher, data, Map.of(), "bogus").status()).isEqualTo(2);

        Command migrate = command(launcher, data, Map.of(), "migrate");
        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(data.resolve("ara.mv.db")).exists();

        Command cleanup = command(launcher, data, Map.of(), "guest-cleanup", "--dry-run");
        assertThat(cleanup.status()).as(cleanup.err()).isZero();
        assertThat(cleanup.out()).isEqualTo("would delete 0 guest audits and 0 stored objects\n");
        Command realRun = command(launcher, data, Map.of(), "guest-cleanup");
        assertThat(realRun.status()).as(realRun.err()).isZero();
        assertThat(realRun.out()).startsWith("deleted 0 guest audits");
        Command reseal = command(launcher, data, Map.of(), "reseal");
        assertThat(reseal.status()).as(reseal.err()).isZero();
        assertThat(reseal.out()).contains("audits.guest_email_sealed resealed=0 current=0 skipped=0")
                .endsWith("complete: every sealed value is under key local; the retired keys can be removed\n");

        Command check = command(launcher, data, Map.of(), "check-config");
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).contains("configuration: ok").contains("database: ok");
        Command variables = command(launcher, data, Map.of(), "check-config", "--variables");
        assertThat(variables.status()).isZero();
        assertThat(variables.out()).contains("ARA_DB_URL\t").contains("ARA_DB_PASSWORD\t");
        Command badPort = command(launcher, data, Map.of("ARA_PORT", "70000"), "check-config");
        assertThat(badPort.status()).isEqualTo(2);
        assertThat(badPort.err()).contains("ARA_PORT");
        Command noDatabase = command(launcher, data, Map.of("ARA_DB_URL", "jdbc:mysql://127.0.0.1:1/none"),
                "check-config");
        assertThat(noDatabase.status()).as(noDatabase.out()).isEqualTo(1);
        assertThat(noDatabase.out()).contains("database: FAILED");
    }

    private record Command(int status, String out, String err) {
    }

    private static Command command(Path launcher, Path dataDir, Map<String, String> env, String... args)
            throws Exception {
        List<String> line = new ArrayList<>(List.of(launcher.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("ARA_DATA_DIR", dataDir.toString());
        builder.environment().put("ARA_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path err = Files.createTempFile("ara-command", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/ara " + String.join(" ", args) + " ends").isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Command(process.exitValue(), out, errors);
    }

    /** {@code bin/ara token}: prints a token signed with the local secret of this data directory. */
    private static String issueToken(Path launcher, Path dataDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "token", "--subject", "smoke", "--role",
                "admin");
        builder.environment().put("ARA_DATA_DIR", dataDir.toString());
        builder.environment().put("ARA_JAVA_HOME", System.getProperty("java.home"));
        builder.redirectErrorStream(false);
        Process command = builder.start();
        String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as("bin/ara token exit status").isZero();
        assertThat(output).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        return output;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
