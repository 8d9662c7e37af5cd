package ara.bootstrap;

import ara.adapter.identity.jwt.LocalSigningKey;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.LocalDataKey;
import ara.atrest.seal.PersonalDataCipher;
import ara.bootstrap.config.InvalidConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded defaults' secret files: created once, whole and owner-only, then read back as they are. */
class OwnerOnlySecretFileTest {
    @TempDir
    Path dataDir;

    private static Supplier<byte[]> random(int bytes) {
        return () -> {
            byte[] content = new byte[bytes];
            new SecureRandom().nextBytes(content);
            return content;
        };
    }

    @Test
    void createsTheFileAndItsDirectoriesOnFirstUse() throws IOException {
        Path nested = dataDir.resolve("not/yet/there");
        Path file = nested.resolve("secret");

        byte[] content = OwnerOnlySecretFile.readOrCreate(file, random(32));

        assertThat(content).hasSize(32);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        try (var files = Files.list(nested)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void reusesAnExistingFileAndNeverAsksForNewContent() throws IOException {
        Path file = dataDir.resolve("secret");
        byte[] first = OwnerOnlySecretFile.readOrCreate(file, random(32));

        byte[] again = OwnerOnlySecretFile.readOrCreate(file, () -> {
            throw new AssertionError("an existing file is never replaced");
        });

        assertThat(again).isEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void leavesAnExistingFileAsItIsWhateverItHolds() throws IOException {
        Path file = dataDir.resolve("secret");
        for (int size : new int[] {0, 16, 31, 33, 44}) {
            Files.write(file, new byte[size]);
            assertThat(OwnerOnlySecretFile.readOrCreate(file, random(32))).hasSize(size);
            assertThat(Files.size(file)).isEqualTo(size);
        }
    }

    @Test
    void differentDirectoriesGetDifferentSecrets() {
        assertThat(OwnerOnlySecretFile.readOrCreate(dataDir.resolve("a/secret"), random(32)))
                .isNotEqualTo(OwnerOnlySecretFile.readOrCreate(dataDir.resolve("b/secret"), random(32)));
    }

    @Test
    void theFileIsOwnerOnlyAndSoAreTheDirectoriesItCreates() throws IOException {
        assertThat(Files.getFileStore(dataDir).supportsFileAttributeView("posix"))
                .as("the test machine's temporary directory supports POSIX permissions").isTrue();
        Path file = dataDir.resolve("made/here/secret");

        OwnerOnlySecretFile.readOrCreate(file, random(32));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("made"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("made/here"))))
                .isEqualTo("rwx------");
    }

    @Test
    void leavesTheDirectoriesThatExistAsTheyAre() throws IOException {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnlySecretFile.readOrCreate(dataDir.resolve("secret"), random(32));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void tightensLooserPermissionsOnRead() throws IOException {
        Path file = dataDir.resolve("secret");
        OwnerOnlySecretFile.readOrCreate(file, random(32));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlySecretFile.readOrCreate(file, random(32));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void concurrentFirstStartsAgreeOnOneSecret() throws Exception {
        Path file = dataDir.resolve("secret");
        CountDownLatch ready = new CountDownLatch(8);
        AtomicInteger made = new AtomicInteger();
        List<Future<byte[]>> secrets = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                secrets.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return OwnerOnlySecretFile.readOrCreate(file, () -> {
                        made.incrementAndGet();
                        return random(32).get();
                    });
                }));
            }
        }
        byte[] first = secrets.getFirst().get();
        for (Future<byte[]> secret : secrets) {
            assertThat(secret.get()).isEqualTo(first);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(made.get()).isBetween(1, 8);
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theSigningKeyIsCreatedOnceAsOneBase64urlLineAndReused() throws IOException {
        LocalSigningKey key = LocalSecrets.signingKey(dataDir.resolve("nested"));
        String stored = Files.readString(key.file());

        LocalSigningKey again = LocalSecrets.signingKey(dataDir.resolve("nested"));

        assertThat(key.file()).isEqualTo(dataDir.resolve("nested").resolve("jwt-secret")).exists();
        assertThat(key.secret()).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(stored.strip())).isEqualTo(key.secret());
        assertThat(again.secret()).isEqualTo(key.secret());
        assertThat(Files.readString(again.file())).isEqualTo(stored);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(LocalSecrets.signingKey(dataDir.resolve("other")).secret()).isNotEqualTo(key.secret());
    }

    @Test
    void theDataKeyIsCreatedOnceAsItsRawBytesAndReused() throws IOException {
        Path nested = dataDir.resolve("not/yet/there");
        DataKey first = LocalSecrets.dataKey(nested);
        DataKey again = LocalSecrets.dataKey(nested);

        assertThat(first.id()).isEqualTo("local");
        assertThat(again).isEqualTo(first);
        Path file = nested.resolve(LocalDataKey.FILE_NAME);
        assertThat(DataKey.of("local", Files.readAllBytes(file))).isEqualTo(first);
        try (var files = Files.list(nested)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String sealed = new PersonalDataCipher(DataKeyRing.of(first)).seal("ada@example.org");
        assertThat(new PersonalDataCipher(DataKeyRing.of(again)).open(sealed)).isEqualTo("ada@example.org");
        assertThat(LocalSecrets.dataKey(dataDir.resolve("other"))).isNotEqualTo(first);
    }

    @Test
    void refusesADataKeyFileOfTheWrongSizeAndLeavesItAlone() throws IOException {
        Path file = dataDir.resolve(LocalDataKey.FILE_NAME);
        for (int size : new int[] {0, 16, 31, 33, 44}) {
            Files.write(file, new byte[size]);
            assertThatThrownBy(() -> LocalSecrets.dataKey(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(size + " bytes, expected 32");
            assertThat(Files.size(file)).isEqualTo(size);
        }
    }

    @Test
    void concurrentFirstStartsAgreeOnOneDataKey() throws Exception {
        List<Future<DataKey>> keys = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                keys.add(threads.submit(() -> LocalSecrets.dataKey(dataDir)));
            }
        }
        DataKey first = keys.getFirst().get();
        for (Future<DataKey> key : keys) {
            assertThat(key.get()).isEqualTo(first);
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(dataDir.resolve(LocalDataKey.FILE_NAME));
        }
    }

    @Test
    void theLinkSecretIsCreatedOnceAndAShortOneIsRefused() throws IOException {
        byte[] secret = LocalSecrets.linkSecret(dataDir);
        Path file = dataDir.resolve(LocalSecrets.LINK_SECRET_FILE);

        assertThat(secret).hasSize(32);
        assertThat(LocalSecrets.linkSecret(dataDir)).isEqualTo(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]) + "\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> LocalSecrets.linkSecret(dataDir)).isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("ARA_DATA_DIR").hasMessageContaining("16 bytes");
    }
}
