package ara.domain.scoring;

/**
 * Rounding of scores: {@code r2} rounds half up to 2 decimals, as the decimal number is written.
 *
 * <p>Plain {@code Math.round(x * 100) / 100} rounds 2.675 down, because the double nearest 2.675 lies just below it.
 * Sums are worse: 3.5 × .4 + 4.17 × .3 + 7.78 × .3 is 4.985 in decimals but 4.984999999999999 in doubles. Scores
 * never carry more than nine meaningful decimals, so a value less than {@value #NOISE} below a half-way point is
 * that half-way point (floating point noise) and rounds up; every other value rounds to the nearer hundredth. No
 * allocation. Thread-safe.
 */
public final class Rounding {
    /** How far below a half-way point a value may lie and still be taken as that point: float noise. */
    static final double NOISE = 5e-10;

    private Rounding() {
    }

    public static double r2(double value) {
        double scaled = value * 100;
        double floor = Math.floor(scaled);
        if (scaled - floor >= 0.5 - NOISE * 100) {
            return (floor + 1) / 100;
        }
        return floor / 100;
    }

    /** {@code r2(part / whole * 100)}, or 0 when the whole is 0. */
    public static double percent(double part, double whole) {
        return whole == 0 ? 0 : r2(part / whole * 100);
    }
}
