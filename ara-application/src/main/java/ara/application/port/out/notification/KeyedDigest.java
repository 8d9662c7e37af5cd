package ara.application.port.out.notification;

/**
 * Outbound port: a keyed hash (HMAC-SHA256) under a key only the server holds, as base64url without padding. Used to
 * name recipients without storing their address and to sign unsubscribe links. Implementations are thread-safe.
 */
@FunctionalInterface
public interface KeyedDigest {

    /** The keyed hash of {@code value}; the same value always yields the same digest while the key stays. */
    String digest(String value);
}
