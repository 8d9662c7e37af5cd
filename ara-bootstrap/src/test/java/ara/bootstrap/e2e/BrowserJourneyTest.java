package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web pages end to end: ARA started through the production wiring on its embedded defaults (the default guest
 * policy: an email before submitting), and a guest taking the whole audit in a real Chromium, driven by the Node
 * test src/test/browser/journey.test.mjs with playwright-core (pinned in its package-lock.json, installed into
 * target/browser-journey with {@code npm ci}). Skipped, saying why, when node, npm or Chromium are missing or npm
 * cannot install; screenshots land in target/browser-journey/screenshots. Also the pages' visibility rules
 * (src/test/browser/visibility.test.mjs, Node only).
 */
class BrowserJourneyTest {
    private static final Path SOURCES = Path.of("src/test/browser");
    private static final Path WORK = Path.of("target/browser-journey");
    private static final Pattern COUNT = Pattern.compile("^# (pass|fail|skipped|todo|cancelled) (\\d+)$",
            Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    private Application application;

    @AfterEach
    void stopAra() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aGuestTakesTheWholeAuditInTheBrowser() {
        String node = onPath("node");
        String npm = onPath("npm");
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        assumeTrue(node != null && npm != null, "SKIPPED: node and npm are needed for the browser journey");
        assumeTrue(Files.isExecutable(chromium), () -> "SKIPPED: no Chromium at " + chromium
                + " (apt-get install chromium, or set CHROMIUM), so the browser journey does not run");
        Path modules = install(npm);
        Path screenshots = WORK.resolve("screenshots").toAbsolutePath();

        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_REPORT_POLL_INTERVAL", "20ms"));
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), Clock.systemUTC());
        Result run = run(SOURCES, Map.of("ARA_URL", "http://127.0.0.1:" + application.port() + "/",
                        "PLAYWRIGHT_MODULES", modules.toAbsolutePath().toString(), "CHROMIUM", chromium.toString(),
                        "SCREENSHOT_DIR", screenshots.toString()), 240,
                node, "--test", "--test-reporter=tap", "journey.test.mjs");

        assertEveryTestPassed(run);
        assertThat(screenshots.resolve("results.png")).isNotEmptyFile();
    }

    @Test
    void thePagesHideWhatTheQuestionnairesRulesHide() {
        String node = onPath("node");
        assumeTrue(node != null, "SKIPPED: node is needed for the pages' visibility rules test");

        assertEveryTestPassed(run(SOURCES, Map.of(), 60, node, "--test", "--test-reporter=tap",
                "visibility.test.mjs"));
    }

    /** Exit code 0, and no test failed, skipped or left to do: a skipped browser test must not pass quietly. */
    private static void assertEveryTestPassed(Result run) {
        assertThat(run.exitCode()).as(run.output()).isZero();
        Map<String, Integer> counts = counts(run.output());
        assertThat(counts).as(run.output()).containsEntry("fail", 0).containsEntry("skipped", 0)
                .containsEntry("todo", 0).containsEntry("cancelled", 0);
        assertThat(counts.get("pass")).as(run.output()).isPositive();
    }

    private static Map<String, Integer> counts(String tap) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = COUNT.matcher(tap);
        while (matcher.find()) {
            counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return counts;
    }

    /** playwright-core, installed once per build from the lock file; skips the test when npm cannot. */
    private static Path install(String npm) {
        Path modules = WORK.resolve("node_modules");
        if (Files.isRegularFile(modules.resolve("playwright-core/package.json"))) {
            return modules;
        }
        try {
            Files.createDirectories(WORK);
            for (String name : List.of("package.json", "package-lock.json")) {
                Files.copy(SOURCES.resolve(name), WORK.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result install = run(WORK, Map.of(), 180, npm, "ci", "--prefer-offline", "--no-audit", "--no-fund");
        assumeTrue(install.exitCode() == 0, () -> "SKIPPED: npm could not install playwright-core (no registry and"
                + " no npm cache?), so the browser journey does not run:\n" + install.output());
        return modules;
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path dir, Map<String, String> env, int timeoutSeconds, String... command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                        + " s:\n" + output.getNow(""));
            }
            return new Result(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
