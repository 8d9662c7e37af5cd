package ara.domain.result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaturityLevelTest {

    @ParameterizedTest(name = "{0} % -> {1}")
    @CsvSource({
            "0, BEGINNER",
            "40.99, BEGINNER",
            "41, DEVELOPING",
            "59.76, DEVELOPING",
            "60, DEVELOPING",
            "60.5, DEVELOPING",
            "60.99, DEVELOPING",
            "61, PROFICIENT",
            "80.99, PROFICIENT",
            "81, ADVANCED",
            "95.99, ADVANCED",
            "96, EXPERT",
            "100, EXPERT"
    })
    void mapsAPercentToItsBand(double percent, MaturityLevel level) {
        assertThat(MaturityLevel.of(percent)).isEqualTo(level);
    }

    @Test
    void namesEachLevelAndItsLowerBound() {
        assertThat(MaturityLevel.values()).extracting(MaturityLevel::title)
                .containsExactly("Beginner", "Developing", "Proficient", "Advanced", "Expert");
        assertThat(MaturityLevel.values()).extracting(MaturityLevel::lowerBound)
                .containsExactly(0.0, 41.0, 61.0, 81.0, 96.0);
    }
}
