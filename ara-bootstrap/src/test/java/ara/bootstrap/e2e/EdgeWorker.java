package ara.bootstrap.e2e;

import ara.contract.S3Server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real edge worker ({@code terraform/modules/storage/worker.js}) served over HTTP by Node
 * ({@code tools/serve.mjs}) in front of a bucket of the S3-compatible test server, which it creates. Without
 * {@code node} on the PATH the test is skipped, saying so.
 */
final class EdgeWorker implements AutoCloseable {
    private final Process process;
    private final URI url;

    private EdgeWorker(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static EdgeWorker start(S3Server.Endpoint s3, String bucket, String grantSecret) {
        Optional<Path> node = onPath("node");
        assumeTrue(node.isPresent(), "SKIPPED: node is not on the PATH, so the edge worker journey is not run");
        Path root = Path.of(System.getProperty("ara.repo.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(node.get().toString(), "tools/serve.mjs")
                .directory(root.resolve("terraform/modules/storage").toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("R2_ENDPOINT", s3.url().toString(), "R2_BUCKET", bucket,
                "R2_REGION", s3.region(), "R2_ACCESS_KEY_ID", s3.accessKey(), "R2_SECRET_ACCESS_KEY", s3.secretKey(),
                "GRANT_SECRET", grantSecret, "URL_TTL_SECONDS", "300", "CREATE_BUCKET", "1"));
        try {
            Process process = builder.start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(output)).get(30, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("listening ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the edge worker did not start: " + line);
            }
            return new EdgeWorker(process, URI.create("http://127.0.0.1:" + line.substring(10).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the edge worker did not start within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the worker serves {@code /r2/*}. */
    URI url() {
        return url;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
