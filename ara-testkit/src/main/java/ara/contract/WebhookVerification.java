package ara.contract;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A receiver's check of a Standard Webhooks 1.0 message, written from the specification alone (never ARA's signer):
 * the secret is the base64 after {@code whsec_}; the signed content is {@code <webhook-id>.<webhook-timestamp>.<body>};
 * {@code webhook-signature} holds space-separated {@code v1,<base64 HMAC-SHA256>} entries, any one of which may
 * match; the timestamp must lie within five minutes of now. Stateless.
 */
public final class WebhookVerification {
    /** The specification's tolerance for the timestamp. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookVerification() {
    }

    /** Why the message does not verify with {@code secret}; empty when it does. */
    public static Optional<String> problem(String secret, String id, String timestamp, String signatureHeader,
                                           byte[] body, Instant now) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return Optional.of("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.of("timestamp is not an integer");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return Optional.of("timestamp outside the tolerance");
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                (id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        for (String entry : signatureHeader.split(" ")) {
            int comma = entry.indexOf(',');
            if (comma > 0 && entry.substring(0, comma).equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(comma + 1)))) {
                return Optional.empty();
            }
        }
        return Optional.of("no v1 signature matches");
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
