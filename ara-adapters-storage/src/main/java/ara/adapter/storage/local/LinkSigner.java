package ara.adapter.storage.local;

import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Signs and checks the local storage's links:
 * {@code <base><key>?method=GET|PUT&expires=<epoch s>[&ct=<type>&length=<bytes>][&fn=<ascii>&name=<file name>]
 * &signature=<base64url>}, where the signature is HMAC-SHA256 over
 * {@code ara-link-v1\n<method>\n<key>\n<expires>\n<ct>\n<length>} (empty {@code ct} and {@code length} for GET),
 * followed by {@code \n<fn>\n<name>} for a download saved as an {@link Attachment} (so the name cannot be changed
 * either). None of the fields can hold a newline, so the string is unambiguous, and links signed before names
 * existed still check.
 * Thread-safe.
 */
final class LinkSigner {
    static final String GET = "GET";
    static final String PUT = "PUT";

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,18}");
    private static final Pattern LENGTH = Pattern.compile("\\d{1,18}");
    private static final int SIGNATURE_BYTES = 32;

    private final SecretKeySpec secret;
    private final String base;

    LinkSigner(byte[] secret, String base) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.base = base;
    }

    /** The outcome of {@link #check}. */
    sealed interface Check {
    }

    /**
     * What a link that passed every check allows; {@code contentType} and {@code length} only for PUT,
     * {@code attachment} only for a GET that names the file ({@code null} otherwise).
     */
    record Grant(String method, ObjectKey key, ContentType contentType, long length, Attachment attachment)
            implements Check {
    }

    /** Why a link did not pass. */
    record Refused(LinkRefusal reason) implements Check {
    }

    URI download(ObjectKey key, Instant expires) {
        long epoch = expires.getEpochSecond();
        return URI.create(base + key.value() + "?method=GET&expires=" + epoch + "&signature="
                + sign(canonical(GET, key.value(), Long.toString(epoch), "", "")));
    }

    URI download(ObjectKey key, Instant expires, Attachment attachment) {
        long epoch = expires.getEpochSecond();
        return URI.create(base + key.value() + "?method=GET&expires=" + epoch + "&fn="
                + URLEncoder.encode(attachment.asciiFileName(), StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8) + "&signature="
                + sign(canonical(GET, key.value(), Long.toString(epoch), "", "") + "\n"
                + attachment.asciiFileName() + "\n" + attachment.fileName()));
    }

    URI upload(ObjectKey key, ContentType contentType, long length, Instant expires) {
        long epoch = expires.getEpochSecond();
        return URI.create(base + key.value() + "?method=PUT&expires=" + epoch + "&ct="
                + URLEncoder.encode(contentType.value(), StandardCharsets.UTF_8) + "&length=" + length + "&signature="
                + sign(canonical(PUT, key.value(), Long.toString(epoch), contentType.value(), Long.toString(length))));
    }

    /**
     * Checks a link presented for {@code method} at {@code now}: well-formed, then the signature (so a tampered
     * link never learns more), then the operation, then the expiry.
     */
    Check check(String method, String rawKey, Map<String, String> parameters, Instant now) {
        String linkMethod = parameters.get("method");
        String expires = parameters.get("expires");
        String signature = parameters.get("signature");
        boolean put = PUT.equals(linkMethod);
        String contentType = put ? parameters.get("ct") : "";
        String length = put ? parameters.get("length") : "";
        if (!(GET.equals(linkMethod) || put) || expires == null || !EPOCH_SECONDS.matcher(expires).matches()
                || signature == null || contentType == null || length == null
                || (put && !LENGTH.matcher(length).matches())) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        String asciiName = put ? null : parameters.get("fn");
        String name = put ? null : parameters.get("name");
        if ((asciiName == null) != (name == null)) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        ObjectKey key;
        ContentType type;
        Attachment attachment;
        byte[] presented;
        try {
            key = new ObjectKey(rawKey);
            type = put ? new ContentType(contentType) : null;
            attachment = name == null ? null : new Attachment(name, asciiName);
            presented = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return new Refused(LinkRefusal.MALFORMED);
        }
        String canonical = canonical(linkMethod, rawKey, expires, contentType, length);
        byte[] expected = mac(attachment == null ? canonical
                : canonical + "\n" + attachment.asciiFileName() + "\n" + attachment.fileName());
        if (presented.length != SIGNATURE_BYTES || !MessageDigest.isEqual(presented, expected)) {
            return new Refused(LinkRefusal.BAD_SIGNATURE);
        }
        if (!linkMethod.equals(method)) {
            return new Refused(LinkRefusal.WRONG_OPERATION);
        }
        if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(expires)))) {
            return new Refused(LinkRefusal.EXPIRED);
        }
        return new Grant(linkMethod, key, type, put ? Long.parseLong(length) : -1, attachment);
    }

    private String sign(String canonical) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(canonical));
    }

    private static String canonical(String method, String key, String expires, String contentType, String length) {
        return String.join("\n", "ara-link-v1", method, key, expires, contentType, length);
    }

    private byte[] mac(String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
