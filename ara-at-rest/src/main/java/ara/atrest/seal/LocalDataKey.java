package ara.atrest.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

/**
 * The embedded default's data key, for when {@code ARA_DATA_KEY} is unset: 32 random bytes in the file
 * {@value #FILE_NAME} under the data directory, created on first use (owner read/write only where the file system
 * is POSIX) and read on every later start. Its key id is {@value #KEY_ID}. Losing the file loses every value sealed
 * under it; back it up apart from the database.
 */
public final class LocalDataKey {
    /** The key file's name in the data directory. */
    public static final String FILE_NAME = "ara-data.key";
    /** The id of the local key (retire it under this id when moving to {@code ARA_DATA_KEY}). */
    public static final String KEY_ID = "local";

    private static final System.Logger LOG = System.getLogger(LocalDataKey.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private LocalDataKey() {
    }

    /**
     * The key in {@code <dataDir>/ara-data.key}, creating the directory and a new random key if there is none.
     *
     * @throws IllegalStateException when the file exists but does not hold exactly 32 bytes (it is never replaced:
     *                               a different key would make every sealed value unreadable)
     * @throws UncheckedIOException  when the file cannot be read or written
     */
    public static DataKey loadOrCreate(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(dataDir, file, random);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load or create the data key file " + file, e);
        }
    }

    /** {@link #loadOrCreate(Path, SecureRandom)} with a new {@link SecureRandom}. */
    public static DataKey loadOrCreate(Path dataDir) {
        return loadOrCreate(dataDir, new SecureRandom());
    }

    /**
     * Writes a complete key to a private temporary file, then links it under the final name: the link fails if
     * another process got there first, so no one ever reads a half-written file and no key is ever replaced.
     */
    private static void create(Path dataDir, Path file, SecureRandom random) throws IOException {
        Files.createDirectories(dataDir);
        boolean posix = Files.getFileAttributeView(dataDir, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(dataDir, FILE_NAME, ".new", attributes);
        byte[] key = new byte[DataKey.LENGTH];
        random.nextBytes(key);
        try {
            Files.write(temporary, key);
            Files.createLink(file, temporary);
            LOG.log(System.Logger.Level.INFO, "created a new data key in {0}", file);
        } catch (FileAlreadyExistsException e) {
            LOG.log(System.Logger.Level.DEBUG, "another process created {0} first", file);
        } catch (UnsupportedOperationException e) {
            // No hard links on this file system: a plain move, which fails if the file exists.
            Files.move(temporary, file);
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(temporary);
        }
    }

    private static DataKey read(Path file) throws IOException {
        long size = Files.size(file);
        if (size != DataKey.LENGTH) {
            throw new IllegalStateException("the data key file " + file + " holds " + size + " bytes, expected "
                    + DataKey.LENGTH + "; restore the right file or remove it only if nothing was sealed under it");
        }
        warnIfOthersCanRead(file);
        byte[] key = Files.readAllBytes(file);
        try {
            return DataKey.of(KEY_ID, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
            LOG.log(System.Logger.Level.WARNING, "the data key file {0} is readable by others; chmod 600 it", file);
        }
    }
}
