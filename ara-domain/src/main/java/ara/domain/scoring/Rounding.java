package ara.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of scores: {@code r2} rounds half up to 2 decimals, as the decimal number is written.
 *
 * <p>Plain {@code Math.round(x * 100) / 100} rounds 2.675 down, because the double nearest 2.675 lies just below it.
 * Sums are worse: 1.4 + 1.251 + 2.334 is 4.985 in decimals but 4.984999999999999 in doubles. So a value within a
 * hair of a half-way point is first rounded to nine decimals, which removes the floating point noise (scores never
 * carry that many meaningful decimals), and then rounded half up; every other value takes the fast path.
 * Thread-safe.
 */
public final class Rounding {
    private static final double HALF_WAY_TOLERANCE = 1e-6;
    /** Decimals kept before rounding near a half-way point; anything finer is floating point noise. */
    private static final int MEANINGFUL_DECIMALS = 9;

    private Rounding() {
    }

    public static double r2(double value) {
        double scaled = value * 100;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < HALF_WAY_TOLERANCE) {
            return new BigDecimal(value).setScale(MEANINGFUL_DECIMALS, RoundingMode.HALF_EVEN)
                    .setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
        return (fraction > 0.5 ? floor + 1 : floor) / 100;
    }

    /** {@code r2(part / whole * 100)}, or 0 when the whole is 0. */
    public static double percent(double part, double whole) {
        return whole == 0 ? 0 : r2(part / whole * 100);
    }
}
