package ara.adapter.webhook;

import ara.domain.webhook.WebhookSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks 1.0 signature: {@code v1,<base64 of HMAC-SHA256(key, "<id>.<timestamp>.<body>")>}, one per
 * secret, separated by spaces (during a secret rotation a receiver accepts the message if any one matches).
 * Stateless.
 */
public final class StandardWebhooks {
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private StandardWebhooks() {
    }

    /** The {@value #SIGNATURE} header's value for this message, signed with each secret in order. */
    public static String signature(String id, long timestamp, byte[] body, List<WebhookSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("secrets must not be empty");
        }
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        return secrets.stream().map(secret -> "v1," + Base64.getEncoder().encodeToString(hmac(secret, prefix, body)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmac(WebhookSecret secret, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
