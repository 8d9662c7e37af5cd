package ara.adapter.storage.local;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStorageSettingsTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void linksPointAtTheFilesRouteUnderThePublicUrl() {
        assertThat(new LocalStorageSettings(Path.of("data"), URI.create("https://ara.example.com/"), SECRET)
                .linkBase()).isEqualTo("https://ara.example.com/api/v1/files/");
        assertThat(new LocalStorageSettings(Path.of("data"), URI.create("http://127.0.0.1:8080/ara"), SECRET)
                .linkBase()).isEqualTo("http://127.0.0.1:8080/ara/api/v1/files/");
    }

    @Test
    void makesTheRootAbsoluteAndCopiesTheSecret() {
        byte[] secret = SECRET.clone();
        LocalStorageSettings settings = new LocalStorageSettings(Path.of("data/../objects"),
                URI.create("https://ara.example.com"), secret);
        secret[0] = 'x';
        settings.linkSecret()[1] = 'x';

        assertThat(settings.root().isAbsolute()).isTrue();
        assertThat(settings.root().getFileName()).hasToString("objects");
        assertThat(settings.linkSecret()).isEqualTo(SECRET);
        assertThat(settings).isEqualTo(new LocalStorageSettings(settings.root(), URI.create("https://ara.example.com"),
                SECRET));
        assertThat(settings.toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void rejectsShortSecretsAndUnusablePublicUrls() {
        assertThatThrownBy(() -> new LocalStorageSettings(Path.of("d"), URI.create("https://a.example"), new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("link secret must be at least 32 bytes, got 31");
        assertThatThrownBy(() -> new LocalStorageSettings(Path.of("d"), URI.create("ftp://a.example"), SECRET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("public URL must be an http://");
        assertThatThrownBy(() -> new LocalStorageSettings(Path.of("d"), URI.create("https://a.example/?x=1"), SECRET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("public URL must have no query");
    }
}
