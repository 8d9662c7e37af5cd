package ara.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The S3-compatible server the tests of this JVM use, found in the order {@code TESTING.md} gives: the server named
 * by {@value #ENDPOINT_VARIABLE} (with {@value #ACCESS_KEY_VARIABLE}, {@value #SECRET_KEY_VARIABLE} and optionally
 * {@value #REGION_VARIABLE}; the tests fail if it does not answer), else S3Proxy ({@code org.gaul:s3proxy},
 * in-memory {@code transient-nio2} store, SigV2/SigV4 and presigned signatures checked) started once for the JVM as
 * a separate {@code java -jar} process on a free port and destroyed when the JVM exits. Never a reason to skip a
 * test.
 *
 * <p>The S3Proxy jar is named by the system property {@value #JAR_PROPERTY} (or {@value #JAR_VARIABLE}); the
 * storage module's build copies it from Maven into {@code target/s3proxy/} and sets the property for Surefire.
 * Tests isolate themselves with a bucket of their own ({@link #uniqueBucket()}), which they create. Thread-safe.
 */
public final class S3Server {
    public static final String ENDPOINT_VARIABLE = "ARA_TEST_S3_ENDPOINT";
    public static final String ACCESS_KEY_VARIABLE = "ARA_TEST_S3_ACCESS_KEY";
    public static final String SECRET_KEY_VARIABLE = "ARA_TEST_S3_SECRET_KEY";
    public static final String REGION_VARIABLE = "ARA_TEST_S3_REGION";
    public static final String JAR_PROPERTY = "ara.test.s3proxy.jar";
    public static final String JAR_VARIABLE = "ARA_TEST_S3PROXY_JAR";

    private static final System.Logger LOG = System.getLogger(S3Server.class.getName());
    private static final String DEFAULT_REGION = "us-east-1";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final int START_ATTEMPTS = 3;

    private S3Server() {
    }

    /**
     * Where this JVM's server is and how to sign requests to it.
     *
     * @param url         the endpoint, e.g. {@code http://127.0.0.1:41234}
     * @param description which server this is, for reports ("S3Proxy 4.1.0 at …", …)
     */
    public record Endpoint(URI url, String region, String accessKey, String secretKey, String description) {
        /** Never shows the secret key. */
        @Override
        public String toString() {
            return "S3Server.Endpoint[" + description + ", region " + region + ", access key " + accessKey + "]";
        }
    }

    /** This JVM's server, starting S3Proxy if needed. */
    public static Endpoint endpoint() {
        return Holder.ENDPOINT;
    }

    /** A bucket name no other test or run uses: {@code ara-test-<16 hex digits>} (valid for S3, R2 and MinIO). */
    public static String uniqueBucket() {
        return "ara-test-" + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
    }

    /** An endpoint on 127.0.0.1 where nothing listens (a port just released), for "storage is down" tests. */
    public static URI unreachableEndpoint() {
        return URI.create("http://127.0.0.1:" + freePort());
    }

    /** Lazily resolves the server once per JVM (class initialisation is thread-safe and runs once). */
    private static final class Holder {
        static final Endpoint ENDPOINT = resolve();
    }

    private static Endpoint resolve() {
        Optional<String> named = FixtureSettings.env(ENDPOINT_VARIABLE);
        if (named.isPresent()) {
            URI url = URI.create(named.get().strip());
            String region = FixtureSettings.env(REGION_VARIABLE).orElse(DEFAULT_REGION);
            String accessKey = required(ACCESS_KEY_VARIABLE);
            String secretKey = required(SECRET_KEY_VARIABLE);
            if (!answers(url)) {
                throw new IllegalStateException(ENDPOINT_VARIABLE + " names " + url + " but nothing answers there");
            }
            return new Endpoint(url, region, accessKey, secretKey, "S3 server at " + url + " from "
                    + ENDPOINT_VARIABLE);
        }
        return S3Proxy.start();
    }

    private static String required(String variable) {
        return FixtureSettings.env(variable).orElseThrow(() -> new IllegalStateException(
                ENDPOINT_VARIABLE + " is set, so " + variable + " must be too"));
    }

    /** Whether an HTTP server answers at {@code url} at all (S3 answers an anonymous GET with 403). */
    private static boolean answers(URI url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        try {
            client.send(HttpRequest.newBuilder(url).timeout(PROBE_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** S3Proxy in its own JVM: about 2 s to answer on an idle machine. */
    private static final class S3Proxy {
        private S3Proxy() {
        }

        static Endpoint start() {
            Path jar = jar();
            String accessKey = "ara-test";
            String secretKey = HexFormat.of().toHexDigits(UUID.randomUUID().getMostSignificantBits())
                    + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
            IllegalStateException failure = new IllegalStateException("S3Proxy did not start in " + START_ATTEMPTS
                    + " attempts");
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                try {
                    return startOnce(jar, accessKey, secretKey);
                } catch (IllegalStateException e) {
                    // Most likely another process took the free port before S3Proxy bound it: try another.
                    failure.addSuppressed(e);
                    LOG.log(Level.WARNING, "S3Proxy attempt {0} failed: {1}", String.valueOf(attempt), e.getMessage());
                }
            }
            throw failure;
        }

        private static Path jar() {
            String named = Optional.ofNullable(System.getProperty(JAR_PROPERTY)).filter(v -> !v.isBlank())
                    .or(() -> FixtureSettings.env(JAR_VARIABLE)).orElseThrow(() -> new IllegalStateException(
                            "no S3 server: set " + ENDPOINT_VARIABLE + " or name the S3Proxy jar"
                                    + " (org.gaul:s3proxy:jar-with-dependencies) with -D" + JAR_PROPERTY + " or "
                                    + JAR_VARIABLE + "; the storage module's pom copies it into target/s3proxy/"));
            Path jar = Path.of(named);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("the S3Proxy jar " + jar.toAbsolutePath() + " does not exist");
            }
            return jar;
        }

        private static Endpoint startOnce(Path jar, String accessKey, String secretKey) {
            int port = freePort();
            URI url = URI.create("http://127.0.0.1:" + port);
            try {
                Path dir = Files.createTempDirectory("ara-s3proxy-");
                Path properties = dir.resolve("s3proxy.properties");
                Path log = dir.resolve("s3proxy.log");
                Files.write(properties, List.of(
                        "s3proxy.endpoint=" + url,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + accessKey,
                        "s3proxy.credential=" + secretKey,
                        "jclouds.provider=transient-nio2",
                        "jclouds.identity=" + accessKey,
                        "jclouds.credential=" + secretKey), StandardCharsets.UTF_8);
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                // A small heap and the C1 compiler only: it serves a few test requests and should start quickly.
                Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(), "--properties",
                        properties.toString())
                        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, dir), "ara-test-s3proxy-stop"));
                long t0 = System.nanoTime();
                awaitAnswer(process, url, log);
                String description = "S3Proxy (" + jar.getFileName() + ", transient store) at " + url;
                LOG.log(Level.INFO, "{0}: answered after {1} ms", description,
                        String.valueOf((System.nanoTime() - t0) / 1_000_000));
                return new Endpoint(url, DEFAULT_REGION, accessKey, secretKey, description);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start S3Proxy from " + jar, e);
            }
        }

        private static void awaitAnswer(Process process, URI url, Path log) {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + " before it"
                            + " answered at " + url + "; its log: " + tail(log));
                }
                if (answers(url)) {
                    return;
                }
                sleep(Duration.ofMillis(100));
            }
            process.destroyForcibly();
            throw new IllegalStateException("S3Proxy did not answer at " + url + " within " + START_TIMEOUT
                    + "; its log: " + tail(log));
        }

        private static void stop(Process process, Path dir) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "could not remove {0}: {1}", dir, e.getMessage());
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
            }
        }
    }
}
