package ara.infrastructure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The external tools the checks run (terraform, node, npm), found on the PATH, and the repository's paths. */
final class Tools {
    private Tools() {
    }

    record Result(int exitCode, String output) {
    }

    static Path root() {
        return Path.of(System.getProperty("ara.repo.root", "..")).toAbsolutePath().normalize();
    }

    static Path terraformDir() {
        return root().resolve("terraform");
    }

    static Path target() {
        return root().resolve("ara-infrastructure-tests/target");
    }

    static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tool's path, or the test is skipped, saying which tool is missing and what is not checked. */
    static String require(String name, String check) {
        Optional<Path> tool = onPath(name);
        assumeTrue(tool.isPresent(), () -> "SKIPPED: " + name + " is not on the PATH, so " + check + " is not checked");
        return tool.get().toString();
    }

    /** The AWS provider mirror for terraform init -plugin-dir, or the test is skipped saying so. */
    static Path pluginDir() {
        String configured = System.getenv().getOrDefault("ARA_TF_PLUGIN_DIR",
                System.getProperty("ara.tf.plugin.dir", "/opt/tf-plugins"));
        Path dir = Path.of(configured);
        Path aws = dir.resolve("registry.terraform.io/hashicorp/aws");
        assumeTrue(Files.isDirectory(aws), () -> "SKIPPED: no hashicorp/aws provider mirror at " + dir
                + " (set ARA_TF_PLUGIN_DIR), so terraform validate and terraform test do not run");
        return dir;
    }

    /**
     * {@code npm ci} of the package.json and package-lock.json in {@code source} into target/{@code name} (once),
     * or the test is skipped saying what is not checked; returns the node_modules folder.
     */
    static Path npmCi(Path source, String name, String dependency, String check) {
        Path dir = target().resolve(name);
        Path modules = dir.resolve("node_modules");
        if (Files.isRegularFile(modules.resolve(dependency).resolve("package.json"))) {
            return modules;
        }
        String npm = require("npm", check + " (installing " + dependency + ")");
        try {
            Files.createDirectories(dir);
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(source.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result install = run(dir, Map.of(), 120, npm, "ci", "--prefer-offline", "--no-audit", "--no-fund");
        assumeTrue(install.exitCode() == 0, () -> "SKIPPED: npm could not install " + dependency + " (no registry and"
                + " no npm cache?), so " + check + " do not run:\n" + install.output());
        return modules;
    }

    static Result run(Path dir, Map<String, String> env, long timeoutSeconds, String... command) {
        return run(dir, env, timeoutSeconds, List.of(command));
    }

    static Result run(Path dir, Map<String, String> env, long timeoutSeconds, List<String> command) {
        try {
            Path log = Files.createTempFile("ara-infra", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("TF_IN_AUTOMATION", "1");
                builder.environment().put("NO_COLOR", "1");
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                            + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }
}
