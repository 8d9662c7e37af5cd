package ara.application.port.out;

/** Outbound port: cryptographically strong random bytes (for guest tokens). Thread-safe. */
@FunctionalInterface
public interface SecretGenerator {
    byte[] randomBytes(int count);
}
