package ara.atrest.seal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Keyed hashes (HMAC-SHA256) of personal data for exact lookups, e.g. a user by email, without storing the value in
 * clear. The hash key of each data key is derived from it with HKDF-SHA256 (RFC 5869, info
 * {@value #INFO}), so the lookup key rotates with the data keys and needs no setting of its own, and is never the
 * AES key itself. A hash is 43 characters of unpadded base64url.
 *
 * <p>Normalise the value first (e.g. {@link Emails#normalise(String)}): the hash is exact. Store the hash under the
 * same current key as the sealed value next to it; during a rotation look rows up by {@link #candidates(String)}
 * ({@code WHERE email_hash IN (…)}) and rewrite both columns of a row sealed under a retired key.
 *
 * <p>Thread-safe: the derived keys are computed once; a {@link Mac} is created per call.
 */
public final class KeyedHash {
    static final String INFO = "ara keyed hash v1";
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final List<SecretKeySpec> hashKeys;

    /** Hashes under keys derived from every key of the ring; {@link #hash} uses the current one. */
    public KeyedHash(DataKeyRing keys) {
        Objects.requireNonNull(keys, "keys");
        List<SecretKeySpec> derived = new ArrayList<>();
        for (DataKey key : keys.keys()) {
            derived.add(new SecretKeySpec(derive(key), HMAC));
        }
        this.hashKeys = List.copyOf(derived);
    }

    /** The keyed hash of the (already normalised) value under the current key. */
    public String hash(String normalisedValue) {
        return hash(hashKeys.get(0), normalisedValue);
    }

    /** The keyed hashes of the value under every key of the ring, the current key's first: for lookups. */
    public List<String> candidates(String normalisedValue) {
        return hashKeys.stream().map(key -> hash(key, normalisedValue)).toList();
    }

    private static String hash(SecretKeySpec key, String value) {
        Objects.requireNonNull(value, "value");
        return ENCODER.encodeToString(hmac(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** HKDF-SHA256 with an all-zero salt and one output block: 32 bytes. */
    private static byte[] derive(DataKey key) {
        return hkdf(key, INFO.getBytes(StandardCharsets.US_ASCII));
    }

    /** HKDF-SHA256 (RFC 5869) of the key's material with an all-zero salt, one output block: 32 bytes. */
    static byte[] hkdf(DataKey key, byte[] info) {
        byte[] material = key.material();
        try {
            byte[] pseudoRandomKey = hmac(new SecretKeySpec(new byte[32], HMAC), material);
            byte[] block = Arrays.copyOf(info, info.length + 1);
            block[info.length] = 1;
            try {
                return hmac(new SecretKeySpec(pseudoRandomKey, HMAC), block);
            } finally {
                Arrays.fill(pseudoRandomKey, (byte) 0);
            }
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[" + hashKeys.size() + " key(s)]";
    }
}
