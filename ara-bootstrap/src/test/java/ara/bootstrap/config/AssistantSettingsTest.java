package ara.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssistantSettingsTest {
    private static final Map<String, String> ALL = Map.of("ARA_LLM_BASE_URL", "https://api.example.com/v1",
            "ARA_LLM_MODEL", "gpt-test", "ARA_LLM_API_KEY", "sk-very-secret");

    @Test
    void noVariablesMeansTheOfflineAssistant() {
        assertThat(AssistantSettings.from(ConfigSource.of(Map.of()))).isEmpty();
    }

    @Test
    void allThreeConfigureTheModelWithDefaults() {
        AssistantSettings settings = AssistantSettings.from(ConfigSource.of(ALL)).orElseThrow();

        assertThat(settings.model()).isEqualTo("gpt-test");
        assertThat(settings.stallTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.retries()).isEqualTo(1);
        assertThat(settings.embeddingModel()).isEmpty();
        assertThat(settings.toString()).doesNotContain("sk-very-secret");
    }

    @Test
    void aHalfConfiguredModelIsRefusedNamingTheMissingVariable() {
        for (String missing : ALL.keySet()) {
            Map<String, String> env = new HashMap<>(ALL);
            env.remove(missing);
            assertThatThrownBy(() -> AssistantSettings.from(ConfigSource.of(env)))
                    .isInstanceOf(InvalidConfiguration.class).hasMessageContaining(missing)
                    .hasMessageNotContaining("sk-very-secret");
        }
    }

    @Test
    void anOrphanOptionIsRefusedAndABadUrlToo() {
        assertThatThrownBy(() -> AssistantSettings.from(ConfigSource.of(Map.of("ARA_LLM_RETRIES", "2"))))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_LLM_RETRIES");
        Map<String, String> ftp = new HashMap<>(ALL);
        ftp.put("ARA_LLM_BASE_URL", "ftp://example.com");
        assertThatThrownBy(() -> AssistantSettings.from(ConfigSource.of(ftp)))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_LLM_BASE_URL");
        Map<String, String> slow = new HashMap<>(ALL);
        slow.put("ARA_LLM_REPLY_TIMEOUT_MS", "5");
        assertThatThrownBy(() -> AssistantSettings.from(ConfigSource.of(slow)))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_LLM_REPLY_TIMEOUT_MS");
    }
}
