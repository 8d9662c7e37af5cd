package ara.adapter.storage.local;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.contract.ObjectStorageContract;
import ara.contract.SignedLinkServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local directory against the contract, its links served over HTTP by a stand-in for ARA's web route. */
class LocalObjectStorageTest extends ObjectStorageContract {
    private static final SignedLinkServer SERVER = SignedLinkServer.start();
    private static final Path ROOT = tempDirectory();
    private static final LocalObjectStorage STORAGE = new LocalObjectStorage(
            new LocalStorageSettings(ROOT, SERVER.publicUrl(), secret()), Clock.systemUTC());

    static {
        SERVER.serve(STORAGE);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
        deleteTree(ROOT);
    }

    @Override
    protected ObjectStorage storage() {
        return STORAGE;
    }

    @Test
    void keepsEachObjectInOneFileNamedByTheHashOfItsKeyAndLeavesNoTemporaryFiles() throws IOException {
        ObjectKey parent = new ObjectKey("layout/a");
        ObjectKey child = new ObjectKey("layout/a/b");
        STORAGE.put(parent, "parent".getBytes(StandardCharsets.US_ASCII), ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);
        STORAGE.put(child, "child".getBytes(StandardCharsets.US_ASCII), ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);

        String hash = sha256(parent.value().getBytes(StandardCharsets.UTF_8));
        Path file = ROOT.resolve("objects").resolve(hash.substring(0, 2)).resolve(hash);
        assertThat(file).isRegularFile();
        assertThat(Files.readAllBytes(file)).startsWith("parent".getBytes(StandardCharsets.US_ASCII));
        assertThat(STORAGE.get(child).orElseThrow().content()).isEqualTo("child".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> temp = Files.list(ROOT.resolve("tmp"))) {
            assertThat(temp).isEmpty();
        }
        try (Stream<Path> all = Files.walk(ROOT)) {
            assertThat(all).allMatch(path -> path.startsWith(ROOT));
        }
    }

    @Test
    void refusesAFileThatIsNotAnObjectFile() throws IOException {
        ObjectKey key = new ObjectKey("corrupt/x");
        STORAGE.put(key, new byte[] {1, 2, 3}, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);
        String hash = sha256(key.value().getBytes(StandardCharsets.UTF_8));
        Path file = ROOT.resolve("objects").resolve(hash.substring(0, 2)).resolve(hash);
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> STORAGE.get(key)).isInstanceOf(StorageFailure.class)
                .hasMessageContaining("does not match its SHA-256");
        Files.write(file, new byte[] {1, 2});
        assertThatThrownBy(() -> STORAGE.get(key)).isInstanceOf(StorageFailure.class)
                .hasMessageContaining("not an ARA object file");
    }

    @Test
    void isDownWhenItsDirectoryIsGoneWithoutThrowing() {
        Path root = tempDirectory();
        LocalObjectStorage storage = new LocalObjectStorage(new LocalStorageSettings(root, SERVER.publicUrl(),
                secret()), Clock.systemUTC());
        assertThat(storage.health().up()).isTrue();

        deleteTree(root);

        assertThat(storage.health().up()).isFalse();
        assertThat(storage.health().detail()).contains(root.toString());
    }

    @Test
    void removesTemporaryFilesAnEarlierRunLeftBehind() throws IOException {
        Path root = tempDirectory();
        Path temp = Files.createDirectories(root.resolve("tmp"));
        Path stale = Files.write(temp.resolve("object-1.tmp"), new byte[] {1});
        Files.setLastModifiedTime(stale, FileTime.fromMillis(0));
        Path fresh = Files.write(temp.resolve("object-2.tmp"), new byte[] {1});

        new LocalObjectStorage(new LocalStorageSettings(root, SERVER.publicUrl(), secret()), Clock.systemUTC());

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        deleteTree(root);
    }

    @Test
    void linksFromAnotherSecretAreForbidden() {
        ObjectKey key = new ObjectKey("secrets/report.pdf");
        STORAGE.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        LocalObjectStorage other = new LocalObjectStorage(new LocalStorageSettings(ROOT, SERVER.publicUrl(),
                secret()), Clock.systemUTC());

        assertThat(statusOfGet(other.presignGet(key, Duration.ofMinutes(1)))).isEqualTo(403);
        assertThat(statusOfGet(STORAGE.presignGet(key, Duration.ofMinutes(1)))).isEqualTo(200);
    }

    static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    static Path tempDirectory() {
        try {
            return Files.createTempDirectory("ara-local-storage-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
