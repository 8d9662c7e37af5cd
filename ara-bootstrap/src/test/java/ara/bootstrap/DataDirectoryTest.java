package ara.bootstrap;

import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The data directory is owner-only (0700, its files 0600), made so when created and tightened when found looser. */
class DataDirectoryTest {
    @TempDir
    Path scratch;

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
    }

    @Test
    void createsTheDirectoryAndItsMissingParentsOwnerOnly() throws IOException {
        Path dataDir = scratch.resolve("var/ara");

        assertThat(DataDirectory.prepare(dataDir)).isEmpty();

        assertThat(mode(scratch.resolve("var"))).isEqualTo("rwx------");
        assertThat(mode(dataDir)).isEqualTo("rwx------");
    }

    @Test
    void tightensALooserDirectoryWhatLiesInItAndNothingBeyondItsOwnerBits() throws IOException {
        Path dataDir = Files.createDirectory(scratch.resolve("data"));
        chmod(dataDir, "rwxr-xr-x");
        Path database = chmod(Files.createFile(dataDir.resolve("ara.mv.db")), "rw-r--r--");
        Path readOnly = chmod(Files.createFile(dataDir.resolve("ara-data.key")), "r--r-----");
        Path objects = chmod(Files.createDirectory(dataDir.resolve("objects")), "rwxrwxrwx");
        Path alreadyPrivate = chmod(Files.createFile(dataDir.resolve("jwt-secret")), "rw-------");
        Path outside = chmod(Files.createFile(scratch.resolve("elsewhere")), "rw-r--r--");
        Files.createSymbolicLink(dataDir.resolve("link"), outside);

        assertThat(DataDirectory.prepare(dataDir)).containsExactlyInAnyOrder(dataDir.toAbsolutePath(),
                database.toAbsolutePath(), readOnly.toAbsolutePath(), objects.toAbsolutePath());

        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(readOnly)).isEqualTo("r--------");
        assertThat(mode(objects)).isEqualTo("rwx------");
        assertThat(mode(alreadyPrivate)).isEqualTo("rw-------");
        assertThat(mode(outside)).as("a link is not followed out of the directory").isEqualTo("rw-r--r--");
        assertThat(DataDirectory.prepare(dataDir)).as("nothing left to tighten").isEmpty();
    }

    /** The test JVM runs under the usual umask (022), where H2 would create its file rw-r--r--. */
    @Test
    void theEmbeddedDatabaseFileIsOwnerOnlyWhateverTheUmask() throws IOException {
        Path dataDir = scratch.resolve("data");
        AraSettings settings = AraSettings.from(ConfigSource.of(Map.of("ARA_DATA_DIR", dataDir.toString())));

        try (Stores stores = Stores.open(settings, Clock.systemUTC(), Instrumentation.off())) {
            assertThat(stores.database()).isPresent();
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("ara.mv.db"))).isEqualTo("rw-------");
        }
    }

    private static Path chmod(Path path, String mode) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
