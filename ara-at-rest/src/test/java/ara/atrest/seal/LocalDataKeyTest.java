package ara.atrest.seal;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key file's format; creating the owner-only file is the composition root's (OwnerOnlySecretFileTest). */
class LocalDataKeyTest {
    private static final Path FILE = Path.of("data", LocalDataKey.FILE_NAME);

    @Test
    void aNewFileHoldsA32ByteKeyThatSealsAndOpens() {
        byte[] content = LocalDataKey.newFileContent(new SecureRandom());
        byte[] copy = content.clone();

        DataKey key = LocalDataKey.fromFile(FILE, content);

        assertThat(copy).hasSize(32);
        assertThat(key.id()).isEqualTo("local");
        assertThat(key.material()).isEqualTo(copy);
        assertThat(content).as("the read content is wiped").containsOnly(0);
        String sealed = new PersonalDataCipher(DataKeyRing.of(key)).seal("ada@example.org");
        assertThat(new PersonalDataCipher(DataKeyRing.of(LocalDataKey.fromFile(FILE, copy.clone()))).open(sealed))
                .isEqualTo("ada@example.org");
    }

    @Test
    void newFilesGetDifferentKeys() {
        SecureRandom random = new SecureRandom();
        assertThat(LocalDataKey.fromFile(FILE, LocalDataKey.newFileContent(random)))
                .isNotEqualTo(LocalDataKey.fromFile(FILE, LocalDataKey.newFileContent(random)));
    }

    @Test
    void refusesAKeyFileOfTheWrongSize() {
        for (int size : new int[] {0, 16, 31, 33, 44}) {
            assertThatThrownBy(() -> LocalDataKey.fromFile(FILE, new byte[size]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(size + " bytes, expected 32")
                    .hasMessageContaining(LocalDataKey.FILE_NAME);
        }
    }
}
