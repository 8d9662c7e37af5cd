package ara.application.port.out.limit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate limit: at most {@code count} requests per {@code period}, written {@code count/period} ({@code 100/1m},
 * {@code 20/1h}).
 *
 * @param count  requests admitted per period, at least 1
 * @param period the period, positive
 */
public record RateLimit(int count, Duration period) {
    private static final Pattern SPEC = Pattern.compile("(\\d+)/(\\d*)([smhd])");

    public RateLimit {
        if (count < 1) {
            throw new IllegalArgumentException("rate limit count must be >= 1, got " + count);
        }
        Objects.requireNonNull(period, "period");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("rate limit period must be positive, got " + period);
        }
    }

    /**
     * Parses {@code count/period}, the period a whole number with the unit {@code s}, {@code m}, {@code h} or
     * {@code d} ({@code 100/1m}; {@code 100/m} means {@code 100/1m}).
     *
     * @throws IllegalArgumentException naming what is wrong with {@code spec}
     */
    public static RateLimit parse(String spec) {
        Objects.requireNonNull(spec, "rate limit");
        Matcher matcher = SPEC.matcher(spec.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("rate limit must look like 100/1m (count/period, units s, m, h, d),"
                    + " got: '" + spec + "'");
        }
        int count = parseNumber(matcher.group(1), "count", spec);
        String amount = matcher.group(2);
        long periodAmount = amount.isEmpty() ? 1 : parseNumber(amount, "period", spec);
        Duration unit = switch (matcher.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        if (count < 1) {
            throw new IllegalArgumentException("rate limit count must be >= 1, got: '" + spec + "'");
        }
        if (periodAmount < 1) {
            throw new IllegalArgumentException("rate limit period must be positive, got: '" + spec + "'");
        }
        return new RateLimit(count, unit.multipliedBy(periodAmount));
    }

    private static int parseNumber(String digits, String what, String spec) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate limit " + what + " is too large in '" + spec + "'", e);
        }
    }

    /** The limit as {@code parse} reads it, in the largest whole unit ({@code 100/1m}, {@code 20/90s}). */
    @Override
    public String toString() {
        long seconds = period.toSeconds();
        if (period.toNanosPart() == 0 && period.toMillis() % 1000 == 0) {
            if (seconds % 86_400 == 0) {
                return count + "/" + seconds / 86_400 + "d";
            }
            if (seconds % 3600 == 0) {
                return count + "/" + seconds / 3600 + "h";
            }
            if (seconds % 60 == 0) {
                return count + "/" + seconds / 60 + "m";
            }
            return count + "/" + seconds + "s";
        }
        return count + "/" + period;
    }
}
