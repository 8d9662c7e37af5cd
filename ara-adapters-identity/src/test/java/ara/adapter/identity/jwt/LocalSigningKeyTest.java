package ara.adapter.identity.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSigningKeyTest {

    @TempDir
    Path dataDirectory;

    @Test
    void createsA256BitSecretOnFirstUse() throws IOException {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(dataDirectory.resolve("nested"));

        assertThat(key.file()).isEqualTo(dataDirectory.resolve("nested").resolve("jwt-secret")).exists();
        assertThat(key.secret()).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(Files.readString(key.file()).strip())).isEqualTo(key.secret());
        assertThat(Files.list(key.file().getParent())).containsExactly(key.file()); // no temporary file left
    }

    @Test
    void reusesTheSameSecretOnTheNextLoad() throws IOException {
        LocalSigningKey first = LocalSigningKey.loadOrCreate(dataDirectory);
        String stored = Files.readString(first.file());

        LocalSigningKey second = LocalSigningKey.loadOrCreate(dataDirectory);

        assertThat(second.secret()).isEqualTo(first.secret());
        assertThat(Files.readString(second.file())).isEqualTo(stored);
    }

    @Test
    void differentDataDirectoriesGetDifferentSecrets() {
        assertThat(LocalSigningKey.loadOrCreate(dataDirectory.resolve("a")).secret())
                .isNotEqualTo(LocalSigningKey.loadOrCreate(dataDirectory.resolve("b")).secret());
    }

    @Test
    void theFileIsOwnerOnly() throws IOException {
        assertThat(Files.getFileStore(dataDirectory).supportsFileAttributeView("posix"))
                .as("the test machine's temporary directory supports POSIX permissions").isTrue();

        LocalSigningKey key = LocalSigningKey.loadOrCreate(dataDirectory);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
    }

    @Test
    void tightensLooserPermissionsOnLoad() throws IOException {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(dataDirectory);
        Files.setPosixFilePermissions(key.file(), PosixFilePermissions.fromString("rw-r--r--"));

        LocalSigningKey.loadOrCreate(dataDirectory);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
    }

    @Test
    void refusesACorruptOrShortSecret() throws IOException {
        Path file = dataDirectory.resolve(LocalSigningKey.FILE_NAME);
        Files.writeString(file, "not base64 at all!");
        assertThatThrownBy(() -> LocalSigningKey.loadOrCreate(dataDirectory))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jwt-secret");

        Files.writeString(file, Base64.getUrlEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> LocalSigningKey.loadOrCreate(dataDirectory))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shorter than 32 bytes");
    }

    @Test
    void tokensIssuedWithTheKeyVerifyAgainstIt() {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(dataDirectory);
        JwtSettings settings = key.settings("ara-local", "ara");

        String token = new LocalTokenIssuer(settings, Clock.systemUTC())
                .issue(LocalTokenRequest.of("alice", Set.of("admin")));

        assertThat(new NimbusTokenVerifier(settings).verify(token).isAdmin()).isTrue();
        assertThat(LocalSigningKey.loadOrCreate(dataDirectory).toString()).doesNotContain(
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret()));
    }
}
