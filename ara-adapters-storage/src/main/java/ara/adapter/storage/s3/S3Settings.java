package ara.adapter.storage.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the S3-compatible storage (Cloudflare R2, AWS S3, MinIO): where it is, which bucket, the credentials
 * and how long to wait. Validated when built; {@link #toString()} never shows the secret key.
 *
 * @param endpoint       {@code https://<account>.r2.cloudflarestorage.com}, {@code https://s3.<region>.amazonaws.com},
 *                       {@code http://127.0.0.1:9000}: scheme http or https, a host, no path, query or user info
 * @param region         the signing region, lower-case letters, digits and {@code -}; {@code auto} for R2
 * @param bucket         an existing bucket (S3 naming rules: 3-63 of a-z 0-9 . -, starting and ending with a
 *                       letter or digit)
 * @param accessKey      the access key id, not blank
 * @param secretKey      the secret access key, not blank
 * @param connectTimeout how long to wait for a connection, 1 ms to 1 min
 * @param requestTimeout how long to wait for each read or write of a request, 1 ms to 10 min
 */
public record S3Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                         Duration connectTimeout, Duration requestTimeout) {
    /** The default connection timeout: 5 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The default read/write timeout: 60 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    public S3Settings {
        checkEndpoint(endpoint);
        Objects.requireNonNull(region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("S3 region must be 1-32 of a-z 0-9 - (R2: auto), got '" + region + "'");
        }
        Objects.requireNonNull(bucket, "bucket");
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..") || IP_ADDRESS.matcher(bucket).matches()) {
            throw new IllegalArgumentException("S3 bucket must be 3-63 of a-z 0-9 . - starting and ending with a"
                    + " letter or digit, without '..', not an IP address, got '" + bucket + "'");
        }
        checkNotBlank(accessKey, "S3 access key");
        checkNotBlank(secretKey, "S3 secret key");
        checkTimeout(connectTimeout, "connectTimeout", Duration.ofMinutes(1));
        checkTimeout(requestTimeout, "requestTimeout", Duration.ofMinutes(10));
    }

    /**
     * Settings with the default timeouts.
     *
     * @throws IllegalArgumentException naming the faulty setting
     */
    public static S3Settings of(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        Objects.requireNonNull(endpoint, "endpoint");
        try {
            return new S3Settings(new URI(endpoint.strip()), region, bucket, accessKey, secretKey,
                    DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("S3 endpoint is not a URL: " + e.getMessage(), e);
        }
    }

    /** The same storage with other timeouts. */
    public S3Settings withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey, newConnectTimeout, newRequestTimeout);
    }

    /** Never shows the secret key. */
    @Override
    public String toString() {
        return "S3Settings[" + endpoint + ", region " + region + ", bucket " + bucket + ", access key " + accessKey
                + ", secret key ***, connect " + connectTimeout + ", request " + requestTimeout + "]";
    }

    private static void checkEndpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getRawUserInfo() != null) {
            // Not echoed: user info in a URL is usually a credential.
            throw new IllegalArgumentException("S3 endpoint must not carry user info; the keys are settings of"
                    + " their own");
        }
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("S3 endpoint must start with https:// or http://, got " + endpoint);
        }
        if (endpoint.getHost() == null || endpoint.getHost().isBlank()) {
            throw new IllegalArgumentException("S3 endpoint must name a host, got " + endpoint);
        }
        boolean hasPath = endpoint.getRawPath() != null && !endpoint.getRawPath().isEmpty()
                && !"/".equals(endpoint.getRawPath());
        if (hasPath || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("S3 endpoint must be scheme://host[:port] only (the bucket is a"
                    + " setting of its own), got " + endpoint);
        }
    }

    private static void checkNotBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void checkTimeout(Duration timeout, String name, Duration max) {
        Objects.requireNonNull(timeout, name);
        if (timeout.toMillis() < 1 || timeout.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be 1 ms to " + max.toMinutes() + " min, got " + timeout);
        }
    }
}
