package ara.domain.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingTest {

    @ParameterizedTest(name = "r2({0}) = {1}")
    @CsvSource({
            // half-way points whose nearest double lies below the half: still rounded up
            "2.675, 2.68",
            "1.005, 1.01",
            "0.285, 0.29",
            "1.115, 1.12",
            // exact halves
            "0.125, 0.13",
            "10.875, 10.88",
            "0.005, 0.01",
            // not a half at all
            "4.7155, 4.72",
            "4.7149, 4.71",
            // just below and just above a half
            "2.6749, 2.67",
            "2.674999, 2.67",
            "2.6750001, 2.68",
            "2.6751, 2.68",
            // already two decimals or whole
            "0, 0",
            "6.5, 6.5",
            "59.76, 59.76",
            "100, 100",
            "99.999, 100"
    })
    void roundsHalfUpToTwoDecimalsAsTheNumberIsWritten(double value, double expected) {
        assertThat(Rounding.r2(value)).isEqualTo(expected);
    }

    @Test
    void roundsComputedThirdsAndSixths() {
        assertThat(Rounding.r2(10.0 / 1.2)).isEqualTo(8.33);
        assertThat(Rounding.r2(0.7 / 1.2 * 10)).isEqualTo(5.83);
        assertThat(Rounding.r2(60.0 / 9)).isEqualTo(6.67);
        assertThat(Rounding.r2(40.0 / 9)).isEqualTo(4.44);
    }

    @Test
    void roundsComputedSumsThatAreHalfWayPointsUp() {
        // each sum is a half-way point in decimals, but its double lies a hair below it
        assertThat(1.4 + 1.251 + 2.334).isLessThan(4.985);
        assertThat(Rounding.r2(1.4 + 1.251 + 2.334)).isEqualTo(4.99);
        assertThat(Rounding.r2(7.5 * 0.2 + 2.53 * 0.5)).isEqualTo(2.77);
        assertThat(Rounding.r2(0 * 0.3 + 1.67 * 0.25 + 3.33 * 0.2 + 2.5 * 0.25 + 8.33 * 0.2 + 6 * 0.15 + 6.67 * 0.15))
                .isEqualTo(5.28);
        assertThat(Rounding.percent(1.4 + 1.251 + 2.334, 10)).isEqualTo(49.85);
    }

    @Test
    void treatsOnlyFloatingPointNoiseAsHalfWay() {
        // a hundred-millionth below the half is a real difference, not noise
        assertThat(Rounding.r2(2.67499999)).isEqualTo(2.67);
        assertThat(Rounding.r2(4.98499999)).isEqualTo(4.98);
    }

    @Test
    void percentIsZeroOfAZeroWhole() {
        assertThat(Rounding.percent(0, 0)).isZero();
        assertThat(Rounding.percent(5, 0)).isZero();
    }

    @Test
    void percentRoundsTheRatio() {
        assertThat(Rounding.percent(4.7155, 6.5)).isEqualTo(72.55);
        assertThat(Rounding.percent(1, 3)).isEqualTo(33.33);
        assertThat(Rounding.percent(2, 3)).isEqualTo(66.67);
        assertThat(Rounding.percent(10, 10)).isEqualTo(100);
    }

    @Test
    void scoreSummaryRoundsScoreAndMaxAndTakesThePercentOfTheUnroundedValues() {
        // 4.715499… / 6.5 would give 72.55 as well; 1.005 / 2 gives 50.25, not r2(1.01 / 2) = 50.5
        assertThat(ScoreSummary.of(1.005, 2)).isEqualTo(new ScoreSummary(1.01, 2, 50.25));
    }
}
