package ara.atrest.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class LocalDataKeyTest {

    @Test
    void createsARandomKeyOnceAndReusesIt(@TempDir Path dataDir) throws IOException {
        Path nested = dataDir.resolve("not/yet/there");
        DataKey first = LocalDataKey.loadOrCreate(nested);
        DataKey again = LocalDataKey.loadOrCreate(nested);

        assertThat(first.id()).isEqualTo("local");
        assertThat(again).isEqualTo(first);
        Path file = nested.resolve(LocalDataKey.FILE_NAME);
        assertThat(Files.readAllBytes(file)).isEqualTo(first.material());
        try (var files = Files.list(nested)) {
            assertThat(files).containsExactly(file);
        }
        String sealed = new PersonalDataCipher(DataKeyRing.of(first)).seal("ada@example.org");
        assertThat(new PersonalDataCipher(DataKeyRing.of(again)).open(sealed)).isEqualTo("ada@example.org");
    }

    @Test
    void differentDataDirectoriesGetDifferentKeys(@TempDir Path one, @TempDir Path two) {
        assertThat(LocalDataKey.loadOrCreate(one)).isNotEqualTo(LocalDataKey.loadOrCreate(two));
    }

    @Test
    void theKeyFileIsReadableAndWritableByItsOwnerOnly(@TempDir Path dataDir) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        LocalDataKey.loadOrCreate(dataDir);
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(LocalDataKey.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void refusesAKeyFileOfTheWrongSizeAndLeavesItAlone(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve(LocalDataKey.FILE_NAME);
        for (int size : new int[] {0, 16, 31, 33, 44}) {
            Files.write(file, new byte[size]);
            assertThatThrownBy(() -> LocalDataKey.loadOrCreate(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(size + " bytes, expected 32");
            assertThat(Files.size(file)).isEqualTo(size);
        }
    }

    @Test
    void concurrentFirstStartsAgreeOnOneKey(@TempDir Path dataDir) throws Exception {
        List<Future<DataKey>> keys = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                keys.add(threads.submit(() -> LocalDataKey.loadOrCreate(dataDir)));
            }
        }
        DataKey first = keys.get(0).get();
        for (Future<DataKey> key : keys) {
            assertThat(key.get()).isEqualTo(first);
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(dataDir.resolve(LocalDataKey.FILE_NAME));
        }
    }
}
