package ara.adapter.storage.edge;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues the short-lived grants the edge worker accepts:
 * {@code signature = hex(HMAC-SHA256(secret, operation + "\n" + key + "\n" + expires))}, {@code expires} in Unix
 * seconds, the secret's UTF-8 bytes being the HMAC key (Terraform's {@code edge_grant_secret}). The worker refuses a
 * grant that is expired or lives longer than {@link #MAX_LIFETIME}.
 */
public final class EdgeGrants {
    /** The longest grant the worker accepts (worker.js MAX_GRANT_SECONDS). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9!_.*'()\\-][A-Za-z0-9!_.*'()\\-/]{0,1023}");

    /** What a grant allows; the name is the worker's route (/r2/upload, /r2/download, /r2/delete). */
    public enum Operation {
        UPLOAD("upload"), DOWNLOAD("download"), DELETE("delete");

        private final String route;

        Operation(String route) {
            this.route = route;
        }

        public String route() {
            return route;
        }
    }

    /** A signed grant: send key, expires and signature as query parameters to /r2/{operation}. */
    public record Grant(Operation operation, String key, long expires, String signature) {
    }

    private final byte[] secret;
    private final Clock clock;
    private final Duration lifetime;

    public EdgeGrants(String secret, Clock clock, Duration lifetime) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the edge grant secret needs at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a grant lives more than 0 and at most " + MAX_LIFETIME);
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = lifetime;
    }

    /** A grant for one operation on one object key, valid from now for the configured lifetime. */
    public Grant issue(Operation operation, String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not an object key the worker accepts: " + key);
        }
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return new Grant(operation, key, expires, signature(secret, operation.route(), key, Long.toString(expires)));
    }

    static String signature(byte[] secret, String operation, String key, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((operation + "\n" + key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
