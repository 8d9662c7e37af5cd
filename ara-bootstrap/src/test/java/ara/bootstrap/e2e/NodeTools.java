package ara.bootstrap.e2e;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The npm-based checks' plumbing: finding node and npm, installing a pinned package-lock.json into target/ with
 * {@code npm ci}, and running a tool with a timeout. A test that cannot install is skipped, saying why (under CI, a
 * browser test fails instead: {@link BrowserRequirement}).
 */
final class NodeTools {
    private NodeTools() {
    }

    /** A finished process: its exit code and its output (stdout and stderr together). */
    record Result(int exitCode, String output) {
    }

    /** The command's path on {@code PATH}, or {@code null} when it is not there. */
    static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /**
     * The node_modules of {@code sources}' package.json and package-lock.json, installed once per build into
     * {@code work} with {@code npm ci}; {@code installed} is a file inside node_modules that shows it is done.
     * Skips the calling test when npm cannot install (no registry and no npm cache).
     */
    static Path install(String npm, Path sources, Path work, String installed, String what) {
        // No CI variable: such a check is skipped when it cannot install, on CI too.
        return install(npm, sources, work, installed, what, Map.of());
    }

    /**
     * As above, but when npm cannot install, what happens is {@link BrowserRequirement}'s decision for {@code env}:
     * skipped locally, failed under {@code CI=true}.
     */
    static Path install(String npm, Path sources, Path work, String installed, String what, Map<String, String> env) {
        Path modules = work.resolve("node_modules");
        if (Files.isRegularFile(modules.resolve(installed))) {
            return modules;
        }
        try {
            Files.createDirectories(work);
            for (String name : List.of("package.json", "package-lock.json")) {
                Files.copy(sources.resolve(name), work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result install = run(work, Map.of(), 180, npm, "ci", "--prefer-offline", "--no-audit", "--no-fund");
        if (install.exitCode() != 0) {
            BrowserRequirement.decide(env, List.of("npm could not install " + installed.split("/")[0]
                    + " (no registry and no npm cache?):\n" + install.output()), what).enforce();
        }
        return modules;
    }

    static Result run(Path dir, Map<String, String> env, int timeoutSeconds, String... command) {
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
