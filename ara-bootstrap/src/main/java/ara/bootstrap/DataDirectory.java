package ara.bootstrap;

import ara.bootstrap.config.InvalidConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory of the embedded defaults ({@code ARA_DATA_DIR}: the H2 database and its trace file, the local
 * secrets, the local objects) kept owner-only where the file system is POSIX: the directory {@code rwx------}, the
 * files in it {@code rw-------}, its subdirectories {@code rwx------}. A missing directory is created so; one that is
 * looser (made by hand, by an older ARA, restored from a backup) is tightened on start with a warning, and so are the
 * files and subdirectories directly in it. The launcher's {@code umask 077} makes whatever ARA creates later
 * owner-only too; behind an owner-only directory nobody else reaches it anyway. Stateless.
 */
final class DataDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private DataDirectory() {
    }

    /**
     * Creates the directory owner-only, or tightens it and what lies directly in it, before ARA writes there.
     *
     * @return the paths that had to be tightened (each logged as a warning)
     * @throws InvalidConfiguration naming {@code ARA_DATA_DIR} when the directory cannot be created
     */
    static List<Path> prepare(Path dataDir) {
        List<Path> tightened = ownerOnly(dataDir);
        tightened.forEach(path -> LOG.warn("{} was readable by other users: made owner-only", path));
        return tightened;
    }

    /**
     * Tightens what the embedded database created just now under the process's umask ({@code ara.mv.db} is
     * {@code rw-r--r--} under the usual {@code 022}), quietly: nothing was exposed behind the owner-only directory.
     *
     * @return the paths that were tightened
     */
    static List<Path> tightenCreated(Path dataDir) {
        List<Path> tightened = ownerOnly(dataDir);
        tightened.forEach(path -> LOG.debug("{} made owner-only", path));
        return tightened;
    }

    private static List<Path> ownerOnly(Path dataDir) {
        Path directory = dataDir.toAbsolutePath();
        try {
            OwnerOnlySecretFile.createDirectories(directory);
        } catch (IOException e) {
            throw new InvalidConfiguration("ARA_DATA_DIR", "cannot create " + directory + ": " + e);
        }
        List<Path> tightened = new ArrayList<>();
        if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
            return tightened;
        }
        tighten(directory, OwnerOnlySecretFile.OWNER_ONLY_DIRECTORY, tightened);
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                // A link is not followed: what it points to is the operator's, outside the data directory.
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    tighten(entry, OwnerOnlySecretFile.OWNER_ONLY_DIRECTORY, tightened);
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    tighten(entry, OwnerOnlySecretFile.OWNER_ONLY, tightened);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {} to make its files owner-only ({}); chmod -R go= it", directory, e.toString());
        }
        return tightened;
    }

    /** Drops every permission beyond {@code allowed}; the owner's own bits stay as they were. */
    private static void tighten(Path path, Set<PosixFilePermission> allowed, List<Path> tightened) {
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (allowed.containsAll(current)) {
                return;
            }
            Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
            kept.addAll(current);
            kept.retainAll(allowed);
            Files.setPosixFilePermissions(path, kept);
            tightened.add(path);
        } catch (IOException e) {
            LOG.warn("{} is readable by other users and cannot be made owner-only ({}); chmod go= it", path,
                    e.toString());
        }
    }
}
