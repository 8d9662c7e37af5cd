package ara.atrest.seal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The embedded default's data key, for when {@code ARA_DATA_KEY} is unset: 32 random bytes in the file
 * {@value #FILE_NAME} under the data directory, with the key id {@value #KEY_ID}. This class knows the file's format
 * ({@link #newFileContent} for a new file, {@link #fromFile} to read one); the composition root creates and reads the
 * owner-only file itself. Losing the file loses every value sealed under it; back it up apart from the database.
 * Stateless.
 */
public final class LocalDataKey {
    /** The key file's name in the data directory. */
    public static final String FILE_NAME = "ara-data.key";
    /** The id of the local key (retire it under this id when moving to {@code ARA_DATA_KEY}). */
    public static final String KEY_ID = "local";

    private LocalDataKey() {
    }

    /** The content of a new key file: {@value DataKey#LENGTH} bytes from {@code random}. */
    public static byte[] newFileContent(SecureRandom random) {
        byte[] key = new byte[DataKey.LENGTH];
        random.nextBytes(key);
        return key;
    }

    /**
     * The key held by {@code content}, read from {@code file}; the content is wiped once the key holds a copy.
     *
     * @throws IllegalStateException when the content is not exactly 32 bytes (the file is never replaced: a different
     *                               key would make every sealed value unreadable)
     */
    public static DataKey fromFile(Path file, byte[] content) {
        Objects.requireNonNull(file, "file");
        try {
            if (content.length != DataKey.LENGTH) {
                throw new IllegalStateException("the data key file " + file + " holds " + content.length
                        + " bytes, expected " + DataKey.LENGTH + "; restore the right file or remove it only if"
                        + " nothing was sealed under it");
            }
            return DataKey.of(KEY_ID, content);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }
}
