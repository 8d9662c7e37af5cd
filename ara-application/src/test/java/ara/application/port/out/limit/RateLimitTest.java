package ara.application.port.out.limit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTest {

    @Test
    void parsesEveryUnit() {
        assertThat(RateLimit.parse("100/1m")).isEqualTo(new RateLimit(100, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse("20/1h")).isEqualTo(new RateLimit(20, Duration.ofHours(1)));
        assertThat(RateLimit.parse("5/30s")).isEqualTo(new RateLimit(5, Duration.ofSeconds(30)));
        assertThat(RateLimit.parse("1000/2d")).isEqualTo(new RateLimit(1000, Duration.ofDays(2)));
        assertThat(RateLimit.parse(" 7/m ")).isEqualTo(new RateLimit(7, Duration.ofMinutes(1)));
    }

    @Test
    void printsWhatItParses() {
        for (String spec : new String[] {"100/1m", "20/1h", "5/30s", "1000/2d", "3/90s"}) {
            assertThat(RateLimit.parse(spec)).hasToString(spec);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100", "100/", "/1m", "100/1w", "100/1M", "-1/1m", "1.5/1m", "100 per minute",
        "100/1m/2"})
    void rejectsMalformedSpecsNamingTheFormat(String spec) {
        assertThatThrownBy(() -> RateLimit.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100/1m").hasMessageContaining("'" + spec + "'");
    }

    @Test
    void rejectsAZeroCountOrPeriodNamingIt() {
        assertThatThrownBy(() -> RateLimit.parse("0/1m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> RateLimit.parse("10/0s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> RateLimit.parse("99999999999/1m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    }

    @Test
    void decisionsAreConsistent() {
        assertThatThrownBy(() -> new RateLimitDecision(true, 5, 6, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remaining");
        assertThatThrownBy(() -> new RateLimitDecision(false, 5, 0, Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfter");
        assertThatThrownBy(() -> new RateLimitDecision(true, 5, 0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfter");
    }
}
