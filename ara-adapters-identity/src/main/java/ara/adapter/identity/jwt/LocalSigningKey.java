package ara.adapter.identity.jwt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The embedded default's HS256 secret: 256 random bits kept in {@code <dataDir>/jwt-secret} as one base64url line.
 * This class knows the file's format ({@link #newFileContent} for a new file, {@link #fromFile} to read one); the
 * composition root creates and reads the owner-only file itself. Immutable, thread-safe.
 */
public final class LocalSigningKey {

    /** The file, inside the data directory, that holds the secret. */
    public static final String FILE_NAME = "jwt-secret";

    private static final int SECRET_BYTES = 32;

    private final Path file;
    private final byte[] secret;

    private LocalSigningKey(Path file, byte[] secret) {
        this.file = file;
        this.secret = secret;
    }

    /** The content of a new secret file: 32 bytes from {@code random}, base64url, one line. */
    public static byte[] newFileContent(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return (Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The secret held by {@code content}, read from {@code file}.
     *
     * @throws IllegalStateException if the content is not base64url of at least 32 bytes
     */
    public static LocalSigningKey fromFile(Path file, byte[] content) {
        Objects.requireNonNull(file, "file");
        byte[] secret;
        try {
            secret = Base64.getUrlDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the JWT secret " + file + " is not base64url", e);
        }
        if (secret.length < SECRET_BYTES) {
            throw new IllegalStateException("the JWT secret " + file + " is shorter than " + SECRET_BYTES + " bytes");
        }
        return new LocalSigningKey(file, secret);
    }

    /** A copy of the secret. */
    public byte[] secret() {
        return secret.clone();
    }

    /** The file holding the secret. */
    public Path file() {
        return file;
    }

    /** Settings that verify tokens signed with this secret, checking {@code issuer}/{@code audience} if not null. */
    public JwtSettings settings(String issuer, String audience) {
        return JwtSettings.sharedSecret(secret, issuer, audience);
    }

    @Override
    public String toString() {
        return "LocalSigningKey[" + file + "]";
    }
}
