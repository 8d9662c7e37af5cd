package ara.adapter.redis;

import ara.contract.RedisServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSettingsTest {

    @Test
    void readsRedisAndRedissUrlsWithDefaults() {
        RedisSettings settings = RedisSettings.of("redis://127.0.0.1:6379/2");
        assertThat(settings.url().getPort()).isEqualTo(6379);
        assertThat(settings.namespace()).isEqualTo("ara");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(RedisSettings.of("rediss://cache.example:6380").url().getScheme()).isEqualTo("rediss");
    }

    @Test
    void rejectsOtherSchemesMissingHostsAndBadNamespaces() {
        assertThatThrownBy(() -> RedisSettings.of("http://127.0.0.1:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redis://");
        assertThatThrownBy(() -> RedisSettings.of("redis:///0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host");
        assertThatThrownBy(() -> RedisSettings.of("redis://h").withNamespace("a b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace");
        assertThatThrownBy(() -> RedisSettings.of("redis://h").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(RedisSettings.of("redis://user:s3cret@127.0.0.1:6379").toString()).doesNotContain("s3cret")
                .contains("***@127.0.0.1:6379");
    }

    @Test
    void connectsToTheTestServer() {
        try (RedisConnection connection = RedisConnection.open(RedisSettings.of(RedisServer.url()))) {
            assertThat(connection.ping()).isEqualTo("PONG");
        }
    }
}
