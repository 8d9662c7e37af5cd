package ara.atrest.seal;

import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A data key: a 256-bit AES key and the id stored with every value sealed under it. Immutable and thread-safe;
 * {@link #toString()} shows the id only, never the key.
 */
public final class DataKey {
    /** Key length in bytes (AES-256). */
    public static final int LENGTH = 32;

    // No '.': the id is a segment of the sealed envelope. Short, because it is stored with every value.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String id;
    private final byte[] key;

    private DataKey(String id, byte[] key) {
        this.id = id;
        this.key = key;
    }

    /**
     * A data key from its raw bytes (copied).
     *
     * @throws IllegalArgumentException when the id is not 1–32 of {@code [A-Za-z0-9_-]} or the key is not 32 bytes
     */
    public static DataKey of(String id, byte[] key) {
        Objects.requireNonNull(key, "key");
        requireValidId(id);
        if (key.length != LENGTH) {
            throw new IllegalArgumentException(
                    "data key " + id + " must be " + LENGTH + " bytes (AES-256), got " + key.length);
        }
        return new DataKey(id, key.clone());
    }

    /**
     * A data key from its base64 form (standard or URL-safe alphabet, as set in {@code ARA_DATA_KEY}).
     *
     * @throws IllegalArgumentException when the text is not base64 of 32 bytes (the message never repeats the text)
     */
    public static DataKey fromBase64(String id, String base64Key) {
        Objects.requireNonNull(base64Key, "base64Key");
        requireValidId(id);
        String text = base64Key.strip();
        byte[] decoded;
        try {
            decoded = text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes the offending character of the key.
            throw new IllegalArgumentException("data key " + id + " is not valid base64");
        }
        try {
            return of(id, decoded);
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    /** A new random data key. */
    public static DataKey generate(String id, SecureRandom random) {
        byte[] key = new byte[LENGTH];
        random.nextBytes(key);
        try {
            return of(id, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Whether the text can be a key id: 1–32 characters of {@code [A-Za-z0-9_-]}. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static void requireValidId(String id) {
        Objects.requireNonNull(id, "id");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("data key id must be 1-32 characters of [A-Za-z0-9_-], got: " + id);
        }
    }

    /** The key id stored with every value sealed under this key. */
    public String id() {
        return id;
    }

    /** The key for AES (SecretKeySpec copies the bytes). */
    SecretKeySpec aesKey() {
        return new SecretKeySpec(key, "AES");
    }

    /**
     * A key derived from this one for one purpose and context ({@code info}, HKDF-SHA256, RFC 5869), under the same
     * id: values sealed under it open only with this key and the same {@code info}.
     */
    public DataKey derive(byte[] info) {
        Objects.requireNonNull(info, "info");
        byte[] derived = KeyedHash.hkdf(this, info);
        try {
            return of(id, derived);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** A copy of the raw key, for deriving other keys and for writing the local key file. */
    byte[] material() {
        return key.clone();
    }

    /** Whether both hold the same key bytes, whatever their ids (compared in constant time). */
    boolean sameKeyAs(DataKey other) {
        return MessageDigest.isEqual(key, other.key);
    }

    /** Same id and same key bytes (compared in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && id.equals(that.id) && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "DataKey[" + id + "]";
    }
}
