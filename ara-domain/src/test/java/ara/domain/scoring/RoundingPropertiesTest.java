package ara.domain.scoring;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of {@link Rounding#r2}: it rounds the decimal number as written, half up. */
class RoundingPropertiesTest {

    @Property
    void roundsEveryShortDecimalHalfUpAsWritten(@ForAll @LongRange(min = 0, max = 100_000_000) long digits,
                                               @ForAll @IntRange(min = 3, max = 5) int decimals) {
        BigDecimal written = BigDecimal.valueOf(digits, decimals);

        assertThat(Rounding.r2(written.doubleValue()))
                .isEqualTo(written.setScale(2, RoundingMode.HALF_UP).doubleValue());
    }

    @Property
    void roundsEveryHalfWayPointUp(@ForAll @LongRange(min = 0, max = 10_000_000) long hundredths) {
        BigDecimal halfWay = BigDecimal.valueOf(hundredths * 10 + 5, 3);

        assertThat(Rounding.r2(halfWay.doubleValue())).isEqualTo(BigDecimal.valueOf(hundredths + 1, 2).doubleValue());
    }

    /** Pillar scores are sums of two-decimal question scores times weights: r2 must round the decimal sum. */
    @Property
    void roundsAWeightedSumOfScoresAsItsExactDecimalValue(
            @ForAll @Size(min = 1, max = 16) List<@IntRange(min = 0, max = 1000) Integer> scoreHundredths,
            @ForAll @Size(min = 16, max = 16) List<@IntRange(min = 0, max = 100) Integer> weightHundredths) {
        double sum = 0;
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < scoreHundredths.size(); i++) {
            BigDecimal score = BigDecimal.valueOf(scoreHundredths.get(i), 2);
            BigDecimal weight = BigDecimal.valueOf(weightHundredths.get(i), 2);
            sum += score.doubleValue() * weight.doubleValue();
            exact = exact.add(score.multiply(weight));
        }

        assertThat(Rounding.r2(sum)).isEqualTo(exact.setScale(2, RoundingMode.HALF_UP).doubleValue());
    }

    @Property
    void leavesTwoDecimalNumbersAsTheyAre(@ForAll @LongRange(min = 0, max = 100_000_000) long hundredths) {
        double value = BigDecimal.valueOf(hundredths, 2).doubleValue();

        assertThat(Rounding.r2(value)).isEqualTo(value);
    }
}
