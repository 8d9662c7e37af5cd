package ara.domain.result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityTest {

    @ParameterizedTest(name = "impact {0} -> {1}")
    @CsvSource({
            "4.5, HIGH",
            "0.5, HIGH",
            "0.49, MEDIUM",
            "0.2, MEDIUM",
            "0.19, LOW",
            "0.01, LOW",
            "0, LOW"
    })
    void ranksAnImpact(double impact, Priority priority) {
        assertThat(Priority.forImpact(impact)).isEqualTo(priority);
    }

    @Test
    void placesEachPriorityInAThirtyDayWindow() {
        assertThat(Priority.values()).extracting(Priority::horizon)
                .containsExactly("days 1-30", "days 31-60", "days 61-90");
        assertThat(Priority.values()).extracting(Priority::code).containsExactly("high", "medium", "low");
        assertThat(Priority.values()).extracting(Priority::minimumImpact).containsExactly(0.5, 0.2, 0.0);
    }
}
