package ara.domain.scoring;

/**
 * Rounding of scores: {@code r2} rounds half up to 2 decimals, as the decimal number is written.
 *
 * <p>Plain {@code Math.round(x * 100) / 100} rounds 2.675 down, because the double nearest 2.675 lies just below
 * it and so does {@code 2.675 * 100}. Here a value is rounded up when it <em>is</em> the double nearest to a
 * half-way point {@code k.5 / 100} (so 2.675 → 2.68, 1.005 → 1.01, like {@code BigDecimal.valueOf(x)
 * .setScale(2, HALF_UP)}), or when it lies above the half-way point; otherwise down. No allocation. Thread-safe.
 */
public final class Rounding {
    private Rounding() {
    }

    public static double r2(double value) {
        double scaled = value * 100;
        double floor = Math.floor(scaled);
        // (floor + 0.5) is exact and the division is correctly rounded: halfWay is the double nearest k.5 / 100.
        double halfWay = (floor + 0.5) / 100;
        if (scaled - floor > 0.5 || value == halfWay) {
            return (floor + 1) / 100;
        }
        return floor / 100;
    }

    /** {@code r2(part / whole * 100)}, or 0 when the whole is 0. */
    public static double percent(double part, double whole) {
        return whole == 0 ? 0 : r2(part / whole * 100);
    }
}
