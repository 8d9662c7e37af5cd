package ara.atrest.seal;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Seals personal data for storage with AES-256-GCM and opens it again. A sealed value is the text
 * {@code v1.<keyId>.<base64url(nonce)>.<base64url(ciphertext‖tag)>} (no padding): a random 96-bit nonce per value,
 * a 128-bit tag, and {@code "v1.<keyId>"} as additional authenticated data, so an envelope whose version or key id
 * was changed does not open. New values are sealed under the ring's current key; any key of the ring opens.
 *
 * <p>Thread-safe: a {@link Cipher} is created per call (they are stateful and not thread-safe; a per-call instance
 * costs a provider lookup of about a microsecond and pins nothing, which suits virtual threads better than a
 * {@code ThreadLocal}). {@link SecureRandom} is thread-safe.
 */
public final class PersonalDataCipher {
    static final String VERSION = "v1";
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final DataKeyRing keys;
    private final SecureRandom random;

    /** A cipher over these keys, drawing nonces from a new {@link SecureRandom}. */
    public PersonalDataCipher(DataKeyRing keys) {
        this(keys, new SecureRandom());
    }

    /** A cipher over these keys, drawing nonces from the given source (which must be thread-safe). */
    public PersonalDataCipher(DataKeyRing keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The value sealed under the current key, with a fresh nonce: sealing one value twice gives two envelopes. */
    public String seal(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        DataKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.aesKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associatedData(key.id()));
            sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM: " + e.getMessage(), e);
        }
        return VERSION + '.' + key.id() + '.' + ENCODER.encodeToString(nonce) + '.' + ENCODER.encodeToString(sealed);
    }

    /**
     * The text every envelope sealed under this key id starts with, {@code v1.<keyId>.}: lets a store find the
     * values sealed under other keys without opening them.
     */
    public static String envelopePrefix(String keyId) {
        DataKey.requireValidId(keyId);
        return VERSION + '.' + keyId + '.';
    }

    /**
     * The value an envelope holds.
     *
     * @throws SealedValueUnreadable when the envelope is malformed, of another version, under an unknown key, or
     *                               altered in any part
     */
    public String open(String envelope) {
        Objects.requireNonNull(envelope, "envelope");
        String[] parts = envelope.split("\\.", -1);
        String keyId = parts.length > 1 && DataKey.isValidId(parts[1]) ? parts[1] : null;
        if (parts.length != 4) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.MALFORMED,
                    "expected 4 segments, got " + parts.length);
        }
        if (!VERSION.equals(parts[0])) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.UNSUPPORTED_VERSION,
                    "this code reads " + VERSION);
        }
        if (keyId == null) {
            throw new SealedValueUnreadable(null, SealedValueUnreadable.Reason.MALFORMED, "no valid key id");
        }
        byte[] nonce = decode(keyId, parts[2], "nonce");
        byte[] sealed = decode(keyId, parts[3], "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.MALFORMED,
                    "nonce is " + nonce.length + " bytes, expected " + NONCE_BYTES);
        }
        if (sealed.length < TAG_BYTES) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.MALFORMED,
                    "ciphertext is shorter than its tag");
        }
        DataKey key = keys.find(keyId).orElseThrow(() -> new SealedValueUnreadable(keyId,
                SealedValueUnreadable.Reason.UNKNOWN_KEY, "the data key ring holds " + keys.keys().size()
                + " other key(s)"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.aesKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associatedData(keyId));
            byte[] plaintext = cipher.doFinal(sealed);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.TAMPERED,
                    "authentication tag mismatch");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM: " + e.getMessage(), e);
        }
    }

    private static byte[] associatedData(String keyId) {
        return (VERSION + '.' + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    /** Strict base64url: the alphabet, no padding, and only the canonical form (no stray bits in the last char). */
    private static byte[] decode(String keyId, String text, String what) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.MALFORMED, what + " is not base64url");
        }
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new SealedValueUnreadable(keyId, SealedValueUnreadable.Reason.MALFORMED,
                    what + " is not canonical unpadded base64url");
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[" + keys + "]";
    }
}
