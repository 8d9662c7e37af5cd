package ara.adapter.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body deadline keeps one average rate for every body the server accepts (docs/adr/0018). */
class BodyDeadlineTest {
    private static final long KIB = 1024;
    private final BodyDeadline deadline = new BodyDeadline(Duration.ofSeconds(60), 16 * KIB * KIB);

    @Test
    void givesABodyOfUpToSixtyFourKibOneDeadline() {
        assertThat(deadline.deadline(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(deadline.deadline(64 * KIB)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givesALargerBodyTheDeadlineOncePerStartedSixtyFourKib() {
        assertThat(deadline.deadline(64 * KIB + 1)).isEqualTo(Duration.ofSeconds(120));
        assertThat(deadline.deadline(KIB * KIB)).isEqualTo(Duration.ofSeconds(16 * 60));
    }

    @Test
    void givesABodyOfUndeclaredLengthTheDeadlineOfTheLargestAccepted() {
        assertThat(deadline.deadline(-1)).isEqualTo(Duration.ofSeconds(256 * 60));
        assertThat(new BodyDeadline(Duration.ofSeconds(60), 64 * KIB).deadline(-1)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givesABodyDeclaredLargerThanAcceptedNoMoreThanTheLargest() {
        assertThat(deadline.deadline(Long.MAX_VALUE)).isEqualTo(deadline.deadline(-1));
    }

    @Test
    void refusesANonPositiveDeadline() {
        assertThatThrownBy(() -> new BodyDeadline(Duration.ZERO, KIB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perUnit");
    }
}
