package ara.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one place that creates the embedded defaults' secret files (the JWT secret, the data key, the local storage's
 * link secret): owner-only ({@code rw-------}, and {@code rwx------} for a directory it has to create) where the file
 * system is POSIX. A new file is written whole to a private temporary file, then linked under its name, which fails
 * when another process got there first: nobody reads half a secret and no secret is ever replaced. An existing file
 * is read back as it is (only looser permissions are tightened). What the bytes mean is the caller's business.
 * Stateless, thread-safe.
 */
final class OwnerOnlySecretFile {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlySecretFile.class);

    private OwnerOnlySecretFile() {
    }

    /**
     * The file's bytes; when there is no file yet, it is created (with its missing directories) holding
     * {@code newContent}, unless another process creates it first, whose content is then returned.
     *
     * @throws UncheckedIOException when the file cannot be read or created
     */
    static byte[] readOrCreate(Path file, Supplier<byte[]> newContent) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(newContent, "newContent");
        try {
            if (!Files.exists(file)) {
                create(file.toAbsolutePath(), newContent);
            }
            tightenIfLooser(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the owner-only file " + file + ": " + e, e);
        }
    }

    private static void create(Path file, Supplier<byte[]> newContent) throws IOException {
        Path directory = file.getParent();
        createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
                ownerOnly(directory, OWNER_ONLY));
        byte[] content = newContent.get();
        try {
            Files.write(temporary, content);
            Files.createLink(file, temporary);
            LOG.info("Created {} (owner-only)", file);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("Another process created {} first: using theirs", file);
        } catch (UnsupportedOperationException e) {
            // No hard links on this file system: a plain move, which fails if the file exists by now.
            moveUnlessPresent(temporary, file);
        } finally {
            Arrays.fill(content, (byte) 0);
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveUnlessPresent(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("Another process created {} first: using theirs", file);
        }
    }

    /** Creates the missing directories, each owner-only; existing ones are left as they are. */
    static void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory, ownerOnly(directory.getParent(), OWNER_ONLY_DIRECTORY));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
    }

    /** A copy restored with looser permissions is made owner-only again; where that fails, the log says so. */
    private static void tightenIfLooser(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
            return;
        }
        try {
            view.setPermissions(OWNER_ONLY);
        } catch (IOException e) {
            LOG.warn("{} is readable by others and cannot be made owner-only ({}); chmod 600 it", file, e.toString());
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path existing, Set<PosixFilePermission> permissions) {
        return Files.getFileAttributeView(existing, PosixFileAttributeView.class) == null
                ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }
}
