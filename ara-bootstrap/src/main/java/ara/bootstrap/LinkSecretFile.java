package ara.bootstrap;

import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.StorageSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local storage's link secret when none is configured: 32 random bytes kept (base64) in
 * {@code ARA_DATA_DIR/storage-link-secret}, owner-only, created on first start, so that links outlive a restart.
 * Stateless.
 */
final class LinkSecretFile {
    static final String FILE_NAME = "storage-link-secret";

    private LinkSecretFile() {
    }

    static byte[] loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < StorageSettings.MIN_LINK_SECRET_BYTES) {
                throw new InvalidConfiguration("ARA_DATA_DIR", file + " holds a link secret of " + secret.length
                        + " bytes; at least " + StorageSettings.MIN_LINK_SECRET_BYTES + " are needed (delete it to"
                        + " have a new one made)");
            }
            return secret;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_DATA_DIR", "cannot read or create the link secret " + file + ": " + e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[StorageSettings.MIN_LINK_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))}
                : new FileAttribute<?>[0];
        // Whole, in a private temporary file first, so that no reader sees half a secret.
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", ownerOnly);
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // Another instance sharing the directory made it first: use theirs.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
