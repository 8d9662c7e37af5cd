package ara.adapter.storage.edge;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectKey;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Storage adapter: signs the grants the edge worker ({@code terraform/modules/storage/worker.js}) accepts, with
 * HMAC-SHA256 and the secret ARA shares with it ({@code ARA_EDGE_GRANT_SECRET}, Terraform's
 * {@code edge_grant_secret}):
 * <pre>
 * signature = hex(HMAC-SHA256(secret, operation + "\n" + key + "\n" + expires))            download, delete
 * signature = hex(HMAC-SHA256(secret, "upload\n" + key + "\n" + expires + "\n" + type + "\n" + size))
 * </pre>
 * {@code expires} in Unix seconds, the secret's UTF-8 bytes being the HMAC key. The grant travels in the query of the
 * worker's route ({@code {worker}/r2/{operation}?key=…&expires=…&signature=…}, an upload's also with
 * {@code contentType} and {@code size}). The worker refuses a grant that is expired or lives longer than
 * {@link #MAX_LIFETIME}, and signs an upload's type and length into its presigned PUT. Thread-safe.
 */
public final class HmacEdgeGrantSigner implements EdgeGrantSigner {
    /** The longest grant the worker accepts (worker.js MAX_GRANT_SECONDS). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    /** The shortest secret accepted, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;
    // Both as worker.js KEY_PATTERN and CONTENT_TYPE_PATTERN: a grant the worker would refuse is never issued.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9!_.*'()\\-][A-Za-z0-9!_.*'()\\-/]{0,1023}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private final URI worker;
    private final byte[] secret;
    private final Clock clock;
    private final Duration lifetime;

    /**
     * @param worker   where the worker serves {@code /r2/*}: an http(s) URL with a host and no query, e.g.
     *                 {@code https://files.ara.example.com}
     * @param secret   the shared secret, at least {@value #MIN_SECRET_LENGTH} characters
     * @param lifetime how long a grant is valid: more than 0, at most {@link #MAX_LIFETIME}
     * @throws IllegalArgumentException naming the setting that breaks its rule
     */
    public HmacEdgeGrantSigner(URI worker, String secret, Clock clock, Duration lifetime) {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(secret, "secret");
        if (!("https".equals(worker.getScheme()) || "http".equals(worker.getScheme())) || worker.getHost() == null
                || worker.getRawQuery() != null || worker.getRawFragment() != null || worker.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the edge worker URL must be an http(s) URL with a host and no query,"
                    + " e.g. https://files.ara.example.com, got " + worker);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the edge grant secret needs at least " + MIN_SECRET_LENGTH
                    + " characters, got " + secret.length());
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("an edge grant lives more than 0 and at most " + MAX_LIFETIME
                    + ", got " + lifetime);
        }
        String base = worker.toString();
        this.worker = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = lifetime;
    }

    @Override
    public EdgeGrant upload(ObjectKey key, ContentType type, long size) {
        if (!TYPE.matcher(type.value()).matches()) {
            throw new IllegalArgumentException("not a content type the edge worker accepts: " + type.value());
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("contentType", type.value());
        terms.put("size", Long.toString(size));
        return grant("upload", "POST", key, "\n" + type.value() + "\n" + size, terms);
    }

    @Override
    public EdgeGrant access(Action action, ObjectKey key) {
        return switch (Objects.requireNonNull(action, "action")) {
            case DOWNLOAD -> grant("download", "GET", key, "", Map.of());
            case DELETE -> grant("delete", "DELETE", key, "", Map.of());
        };
    }

    private EdgeGrant grant(String operation, String method, ObjectKey key, String terms, Map<String, String> extra) {
        String value = key.value();
        if (!KEY.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("not an object key the edge worker accepts: " + value);
        }
        Instant expiresAt = Instant.ofEpochSecond(clock.instant().plus(lifetime).getEpochSecond());
        String expires = Long.toString(expiresAt.getEpochSecond());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("key", value);
        query.putAll(extra);
        query.put("expires", expires);
        query.put("signature", signature(secret, operation + "\n" + value + "\n" + expires + terms));
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new EdgeGrant(method, URI.create(worker + "/r2/" + operation + "?" + encoded), expiresAt);
    }

    static String signature(byte[] secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "HmacEdgeGrantSigner[" + worker + ", secret ***, grants live " + lifetime + "]";
    }
}
