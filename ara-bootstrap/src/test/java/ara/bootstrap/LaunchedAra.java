package ara.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ARA started through the real distribution's {@code bin/ara} (module mode, as operators run it) for the Failsafe
 * tests: on a free port of 127.0.0.1, with this data directory and these extra variables, its output in a log
 * file. Stopped with SIGTERM ({@link #stop}) or SIGKILL ({@link #kill}). Not thread-safe.
 */
final class LaunchedAra implements AutoCloseable {
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final Path log;

    private LaunchedAra(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The packaged launcher, {@code target/ara/bin/ara} (the {@code ara.distribution} property). */
    static Path launcher() {
        return Path.of(System.getProperty("ara.distribution", "target/ara")).resolve("bin/ara");
    }

    /** Starts ARA and waits until {@code /api/live} answers 200 (at most 60 s). */
    static LaunchedAra start(Path dataDir, Map<String, String> environment, Path log) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(launcher().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ARA_PORT", Integer.toString(port));
        builder.environment().put("ARA_HOST", "127.0.0.1");
        builder.environment().put("ARA_DATA_DIR", dataDir.toString());
        builder.environment().put("ARA_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        LaunchedAra ara = new LaunchedAra(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        try {
            ara.awaitLive();
        } catch (Exception | AssertionError e) {
            ara.kill();
            throw e;
        }
        return ara;
    }

    URI base() {
        return base;
    }

    int port() {
        return base.getPort();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook runs. Waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("ARA did not die within 30 s of SIGKILL");
        }
    }

    /** SIGTERM, the graceful stop; true when the process ended within {@code timeout}, else it is killed. */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        boolean stopped = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!stopped) {
            kill();
        }
        return stopped;
    }

    /** Sends SIGTERM and returns at once. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the end of a process that was told to stop; kills it after {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        boolean stopped = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!stopped) {
            kill();
        }
        return stopped;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Kills the process if it still runs (a failed test's clean-up). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitLive() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("bin/ara exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> live = PROBE.send(HttpRequest.newBuilder(base.resolve("/api/live"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ARA did not answer /api/live within 60 s:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
