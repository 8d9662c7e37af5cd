package ara.bootstrap.config;

import ara.adapter.storage.s3.S3Settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings: where report documents and uploads are kept. {@link S3} (Cloudflare R2, AWS S3, MinIO: every
 * {@code ARA_S3_*} variable that has no default set) or {@link Local} (the embedded default: a directory whose
 * links ARA signs and serves itself). A half-configured S3 is refused, naming the variable.
 */
public sealed interface StorageSettings {
    /** The variables of an S3-compatible storage; the endpoint decides whether S3 is configured. */
    List<String> S3_VARIABLES = List.of("ARA_S3_ENDPOINT", "ARA_S3_BUCKET", "ARA_S3_ACCESS_KEY", "ARA_S3_SECRET_KEY",
            "ARA_S3_REGION", "ARA_S3_CONNECT_TIMEOUT_MS", "ARA_S3_REQUEST_TIMEOUT_MS");
    /** The shortest link secret: 32 bytes. */
    int MIN_LINK_SECRET_BYTES = 32;

    /** The variables of the edge worker in front of an S3 storage; both or neither. */
    List<String> EDGE_VARIABLES = List.of("ARA_EDGE_WORKER_URL", "ARA_EDGE_GRANT_SECRET");
    /** The shortest edge grant secret, in characters (the worker's and Terraform's rule too). */
    int MIN_EDGE_SECRET_LENGTH = 32;

    /**
     * An S3-compatible storage, checked by the adapter's own rules, and the edge worker in front of it if any.
     * {@link #toString()} never shows a secret.
     */
    record S3(S3Settings settings, Optional<Edge> edge) implements StorageSettings {
        public S3 {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(edge, "edge");
        }
    }

    /**
     * The edge worker ({@code terraform/modules/storage/worker.js}) ARA signs grants for.
     *
     * @param worker where it serves {@code /r2/*} ({@code ARA_EDGE_WORKER_URL})
     * @param secret the HMAC secret shared with it ({@code ARA_EDGE_GRANT_SECRET})
     */
    record Edge(URI worker, String secret) {
        public Edge {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Edge[" + worker + ", secret ***]";
        }
    }

    /**
     * A local directory; ARA signs and serves its links.
     *
     * @param directory  where the objects are ({@code ARA_STORAGE_DIR}, default {@code $ARA_DATA_DIR/objects})
     * @param linkSecret the links' HMAC key ({@code ARA_STORAGE_LINK_SECRET}, base64), or empty for the one ARA keeps
     *                   in {@code ARA_DATA_DIR}
     * @param publicUrl  ARA's URL as clients reach it ({@code ARA_PUBLIC_URL}), or empty for
     *                   {@code http://localhost:<the port ARA listens on>}
     */
    record Local(Path directory, Optional<byte[]> linkSecret, Optional<URI> publicUrl) implements StorageSettings {
        public Local {
            Objects.requireNonNull(directory, "directory");
            linkSecret = Objects.requireNonNull(linkSecret, "linkSecret").map(byte[]::clone);
            Objects.requireNonNull(publicUrl, "publicUrl");
        }

        @Override
        public Optional<byte[]> linkSecret() {
            return linkSecret.map(byte[]::clone);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Local that && directory.equals(that.directory) && publicUrl.equals(that.publicUrl)
                    && Arrays.equals(linkSecret.orElse(null), that.linkSecret.orElse(null));
        }

        @Override
        public int hashCode() {
            return Objects.hash(directory, publicUrl, Arrays.hashCode(linkSecret.orElse(null)));
        }

        @Override
        public String toString() {
            return "Local[" + directory + ", link secret " + (linkSecret.isPresent() ? "***" : "in the data directory")
                    + ", public URL " + publicUrl.map(URI::toString).orElse("http://localhost:<port>") + "]";
        }
    }

    /**
     * Reads the storage variables.
     *
     * @throws InvalidConfiguration naming the first missing or malformed variable
     */
    static StorageSettings from(ConfigSource source, Path dataDir) {
        Optional<String> endpoint = source.get("ARA_S3_ENDPOINT");
        if (endpoint.isEmpty()) {
            for (String orphan : S3_VARIABLES) {
                if (source.get(orphan).isPresent()) {
                    throw new InvalidConfiguration(orphan, "is set but ARA_S3_ENDPOINT is not; set every ARA_S3_*"
                            + " variable for S3 (endpoint, bucket, access key, secret key), or none for the local"
                            + " directory");
                }
            }
            for (String edge : EDGE_VARIABLES) {
                if (source.get(edge).isPresent()) {
                    throw new InvalidConfiguration(edge, "applies to S3 storage only (the edge worker presigns for"
                            + " the bucket), but ARA_S3_ENDPOINT is not set");
                }
            }
            return local(source, dataDir);
        }
        for (String local : List.of("ARA_STORAGE_DIR", "ARA_STORAGE_LINK_SECRET")) {
            if (source.get(local).isPresent()) {
                throw new InvalidConfiguration(local, "applies to the local storage only, but ARA_S3_ENDPOINT is set;"
                        + " unset one of them");
            }
        }
        String bucket = required(source, "ARA_S3_BUCKET");
        String accessKey = required(source, "ARA_S3_ACCESS_KEY");
        String secretKey = required(source, "ARA_S3_SECRET_KEY");
        Duration connect = Duration.ofMillis(source.integer("ARA_S3_CONNECT_TIMEOUT_MS", 5_000, 100, 60_000));
        Duration request = Duration.ofMillis(source.integer("ARA_S3_REQUEST_TIMEOUT_MS", 60_000, 100, 600_000));
        try {
            S3Settings s3 = S3Settings.of(endpoint.get(), source.get("ARA_S3_REGION", "us-east-1"), bucket, accessKey,
                    secretKey).withTimeouts(connect, request);
            return new S3(s3, edge(source));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(variableOf(e.getMessage()), e.getMessage());
        }
    }

    private static Optional<Edge> edge(ConfigSource source) {
        Optional<String> worker = source.get("ARA_EDGE_WORKER_URL");
        Optional<String> secret = source.get("ARA_EDGE_GRANT_SECRET");
        if (worker.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (secret.isEmpty()) {
            throw new InvalidConfiguration("ARA_EDGE_GRANT_SECRET", "is required with ARA_EDGE_WORKER_URL (the secret"
                    + " the edge worker checks grants with)");
        }
        if (worker.isEmpty()) {
            throw new InvalidConfiguration("ARA_EDGE_WORKER_URL", "is required with ARA_EDGE_GRANT_SECRET (where the"
                    + " edge worker serves /r2/*)");
        }
        if (secret.get().length() < MIN_EDGE_SECRET_LENGTH) {
            throw new InvalidConfiguration("ARA_EDGE_GRANT_SECRET", "must have at least " + MIN_EDGE_SECRET_LENGTH
                    + " characters (e.g. openssl rand -hex 32), got " + secret.get().length());
        }
        return Optional.of(new Edge(HttpUrls.parse("ARA_EDGE_WORKER_URL", worker.get()), secret.get()));
    }

    /** The variable an S3 setting's complaint is about (the adapter names the setting in its message). */
    private static String variableOf(String message) {
        String text = message == null ? "" : message;
        for (String setting : List.of("region", "bucket", "access key", "secret key")) {
            if (text.startsWith("S3 " + setting)) {
                return "ARA_S3_" + setting.replace(' ', '_').toUpperCase(Locale.ROOT);
            }
        }
        return "ARA_S3_ENDPOINT";
    }

    private static Local local(ConfigSource source, Path dataDir) {
        Path directory;
        String raw = source.get("ARA_STORAGE_DIR").orElse(null);
        try {
            directory = raw == null ? dataDir.resolve("objects") : Path.of(raw);
        } catch (RuntimeException e) {
            throw new InvalidConfiguration("ARA_STORAGE_DIR", "is not a valid path: " + raw);
        }
        Optional<byte[]> secret = source.get("ARA_STORAGE_LINK_SECRET").map(StorageSettings::secret);
        Optional<URI> publicUrl = source.get("ARA_PUBLIC_URL").map(url -> HttpUrls.parse("ARA_PUBLIC_URL", url));
        return new Local(directory, secret, publicUrl);
    }

    private static byte[] secret(String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            try {
                secret = Base64.getUrlDecoder().decode(base64);
            } catch (IllegalArgumentException again) {
                throw new InvalidConfiguration("ARA_STORAGE_LINK_SECRET", "must be base64 (e.g. openssl rand -base64"
                        + " 32)");
            }
        }
        if (secret.length < MIN_LINK_SECRET_BYTES) {
            throw new InvalidConfiguration("ARA_STORAGE_LINK_SECRET", "must hold at least " + MIN_LINK_SECRET_BYTES
                    + " bytes, got " + secret.length);
        }
        return secret;
    }

    private static String required(ConfigSource source, String name) {
        return source.get(name).orElseThrow(() -> new InvalidConfiguration(name, "is required with ARA_S3_ENDPOINT"
                + " (set every ARA_S3_* variable, or none for the local directory)"));
    }
}
