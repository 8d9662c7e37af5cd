package ara.adapter.identity.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * The embedded default's HS256 secret: 256 random bits kept in {@code <dataDir>/jwt-secret} (base64url, one line),
 * created on first use and reused afterwards. Where the file system supports POSIX permissions the file is
 * owner-only ({@code rw-------}). Immutable, thread-safe.
 */
public final class LocalSigningKey {

    /** The file, inside the data directory, that holds the secret. */
    public static final String FILE_NAME = "jwt-secret";

    private static final int SECRET_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final byte[] secret;

    private LocalSigningKey(Path file, byte[] secret) {
        this.file = file;
        this.secret = secret;
    }

    /**
     * Loads the secret from {@code dataDirectory}, or creates it (and the directory) with a {@link SecureRandom}.
     *
     * @throws UncheckedIOException  if the file cannot be read or written
     * @throws IllegalStateException if the file exists but does not hold a secret of at least 32 bytes
     */
    public static LocalSigningKey loadOrCreate(Path dataDirectory) {
        return loadOrCreate(dataDirectory, new SecureRandom());
    }

    static LocalSigningKey loadOrCreate(Path dataDirectory, SecureRandom random) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                try {
                    create(file, random);
                } catch (FileAlreadyExistsException e) {
                    // Another process created it first: use theirs.
                }
            }
            return new LocalSigningKey(file, load(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the JWT secret " + file, e);
        }
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

    private static void create(Path file, SecureRandom random) throws IOException {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
        // Written in full to a private temporary file first, so no reader ever sees half a secret.
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", ownerOnly(file));
        try {
            Files.writeString(temporary, encoded, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] load(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // tighten a copy restored with looser permissions
        }
        byte[] secret;
        try {
            secret = Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the JWT secret " + file + " is not base64url", e);
        }
        if (secret.length < SECRET_BYTES) {
            throw new IllegalStateException("the JWT secret " + file + " is shorter than " + SECRET_BYTES + " bytes");
        }
        return secret;
    }

    private static FileAttribute<?>[] ownerOnly(Path file) throws IOException {
        return posix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path file) throws IOException {
        Path existing = Files.exists(file) ? file : file.getParent();
        return Files.getFileStore(existing).supportsFileAttributeView("posix");
    }
}
