package ara.atrest.seal;

import java.util.Optional;

/**
 * A sealed value could not be opened: malformed, of an unknown format version, sealed under a key the ring does not
 * hold, or altered. The message names the key id (when the envelope has a well-formed one) and the reason, never
 * the value or the envelope.
 */
public final class SealedValueUnreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a sealed value could not be opened. */
    public enum Reason {
        /** Not an envelope: wrong number of segments, bad base64, wrong nonce or tag length. */
        MALFORMED,
        /** An envelope of a format version this code does not read. */
        UNSUPPORTED_VERSION,
        /** Sealed under a key id the ring does not hold. */
        UNKNOWN_KEY,
        /** The authentication tag does not match: the nonce, ciphertext, tag or key id was altered. */
        TAMPERED
    }

    private final String keyId;
    private final Reason reason;

    SealedValueUnreadable(String keyId, Reason reason, String detail) {
        super("sealed value unreadable (key id " + (keyId == null ? "none" : keyId) + "): " + reason + ", " + detail);
        this.keyId = keyId;
        this.reason = reason;
    }

    /** The key id the envelope names, when it has a well-formed one. */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    public Reason reason() {
        return reason;
    }
}
