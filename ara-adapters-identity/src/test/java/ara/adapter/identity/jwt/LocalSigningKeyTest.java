package ara.adapter.identity.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secret file's format; creating the owner-only file is the composition root's (OwnerOnlySecretFileTest). */
class LocalSigningKeyTest {
    private static final Path FILE = Path.of("data", LocalSigningKey.FILE_NAME);

    @Test
    void aNewFileHoldsA256BitSecretAsOneBase64urlLine() {
        byte[] content = LocalSigningKey.newFileContent(new SecureRandom());

        LocalSigningKey key = LocalSigningKey.fromFile(FILE, content);

        assertThat(key.file()).isEqualTo(FILE);
        assertThat(key.secret()).hasSize(32);
        String line = new String(content, StandardCharsets.US_ASCII);
        assertThat(line).endsWith("\n");
        assertThat(Base64.getUrlDecoder().decode(line.strip())).isEqualTo(key.secret());
    }

    @Test
    void readingTheSameContentGivesTheSameSecret() {
        byte[] content = LocalSigningKey.newFileContent(new SecureRandom());

        assertThat(LocalSigningKey.fromFile(FILE, content).secret())
                .isEqualTo(LocalSigningKey.fromFile(FILE, content.clone()).secret());
    }

    @Test
    void newFilesGetDifferentSecrets() {
        SecureRandom random = new SecureRandom();
        assertThat(LocalSigningKey.fromFile(FILE, LocalSigningKey.newFileContent(random)).secret())
                .isNotEqualTo(LocalSigningKey.fromFile(FILE, LocalSigningKey.newFileContent(random)).secret());
    }

    @Test
    void refusesACorruptOrShortSecret() {
        assertThatThrownBy(() -> LocalSigningKey.fromFile(FILE, "not base64 at all!".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jwt-secret");

        byte[] shortSecret = Base64.getUrlEncoder().encodeToString(new byte[16]).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> LocalSigningKey.fromFile(FILE, shortSecret))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shorter than 32 bytes");
    }

    @Test
    void tokensIssuedWithTheKeyVerifyAgainstIt() {
        LocalSigningKey key = LocalSigningKey.fromFile(FILE, LocalSigningKey.newFileContent(new SecureRandom()));
        JwtSettings settings = key.settings("ara-local", "ara");

        String token = new LocalTokenIssuer(settings, Clock.systemUTC())
                .issue(LocalTokenRequest.of("alice", Set.of("admin")));

        assertThat(new NimbusTokenVerifier(settings).verify(token).isAdmin()).isTrue();
        assertThat(key.toString()).doesNotContain(
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret()));
    }
}
