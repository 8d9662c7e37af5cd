package ara.bootstrap;

import ara.adapter.identity.jwt.LocalSigningKey;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.LocalDataKey;
import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.StorageSettings;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded defaults' secrets, for what is not configured: each kept in its {@link OwnerOnlySecretFile} in the
 * data directory, made on first start and read on every later one, so that tokens, sealed values and links outlive a
 * restart. The adapters own the files' formats; this class only says which file holds which secret. Stateless.
 */
public final class LocalSecrets {
    /** The local storage's link secret: 32 random bytes, base64, one line. */
    static final String LINK_SECRET_FILE = "storage-link-secret";

    private LocalSecrets() {
    }

    /** The HS256 secret of ARA's own tokens ({@code jwt-secret}), when no identity provider is configured. */
    public static LocalSigningKey signingKey(Path dataDir) {
        Path file = dataDir.resolve(LocalSigningKey.FILE_NAME);
        return LocalSigningKey.fromFile(file, OwnerOnlySecretFile.readOrCreate(file,
                () -> LocalSigningKey.newFileContent(new SecureRandom())));
    }

    /** The key that seals personal data ({@code ara-data.key}), when {@code ARA_DATA_KEY} is unset. */
    static DataKey dataKey(Path dataDir) {
        Path file = dataDir.resolve(LocalDataKey.FILE_NAME);
        return LocalDataKey.fromFile(file, OwnerOnlySecretFile.readOrCreate(file,
                () -> LocalDataKey.newFileContent(new SecureRandom())));
    }

    /** The local storage's link secret, when {@code ARA_STORAGE_LINK_SECRET} is unset. */
    static byte[] linkSecret(Path dataDir) {
        Path file = dataDir.resolve(LINK_SECRET_FILE);
        try {
            byte[] content = OwnerOnlySecretFile.readOrCreate(file, LocalSecrets::newLinkSecret);
            byte[] secret = Base64.getDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
            if (secret.length < StorageSettings.MIN_LINK_SECRET_BYTES) {
                throw new InvalidConfiguration("ARA_DATA_DIR", file + " holds a link secret of " + secret.length
                        + " bytes; at least " + StorageSettings.MIN_LINK_SECRET_BYTES + " are needed (delete it to"
                        + " have a new one made)");
            }
            return secret;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_DATA_DIR", "cannot read or create the link secret " + file + ": "
                    + (e instanceof UncheckedIOException io ? io.getCause() : e));
        }
    }

    private static byte[] newLinkSecret() {
        byte[] secret = new byte[StorageSettings.MIN_LINK_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
