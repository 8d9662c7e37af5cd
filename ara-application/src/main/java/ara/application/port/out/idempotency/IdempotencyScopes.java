package ara.application.port.out.idempotency;

import ara.domain.identity.GuestTokenHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Whose idempotency keys these are: the scopes the web adapter files a caller's keys under, named here so that an
 * erasure forgets the same scopes. A scope holds no credential in clear. Stateless.
 */
public final class IdempotencyScopes {
    private IdempotencyScopes() {
    }

    /** A signed-in user's keys: {@code user:} and the SHA-256 of the subject. */
    public static String user(String subject) {
        Objects.requireNonNull(subject, "subject");
        return "user:" + HexFormat.of().formatHex(sha256().digest(subject.getBytes(StandardCharsets.UTF_8)));
    }

    /** A guest's keys: {@code guest:} and the stored form of the guest token (its SHA-256). */
    public static String guest(GuestTokenHash token) {
        return "guest:" + Objects.requireNonNull(token, "token").hex();
    }

    /** An anonymous caller's keys: {@code ip:} and the client address. */
    public static String address(String clientAddress) {
        return "ip:" + Objects.requireNonNull(clientAddress, "clientAddress");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
