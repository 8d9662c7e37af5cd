package ara.domain.result;

import java.util.Locale;

/**
 * How urgent a recommendation is, by its impact {@code (10 − q) × w × W_pillar}: high (impact ≥ 0.5), medium
 * (≥ 0.2), low. Result version 1 placed each priority in its own window (high days 1–30, medium days 31–60, low
 * days 61–90, see {@link #window()}); version 2 also weighs effort and kind (see {@code RoadmapPlanner}).
 */
public enum Priority {
    HIGH(0.5, 1, 30),
    MEDIUM(0.2, 31, 60),
    LOW(0, 61, 90);

    private final double minimumImpact;
    private final int firstDay;
    private final int lastDay;

    Priority(double minimumImpact, int firstDay, int lastDay) {
        this.minimumImpact = minimumImpact;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public static Priority forImpact(double impact) {
        for (Priority priority : values()) {
            if (impact >= priority.minimumImpact) {
                return priority;
            }
        }
        return LOW;
    }

    public double minimumImpact() {
        return minimumImpact;
    }

    public int firstDay() {
        return firstDay;
    }

    public int lastDay() {
        return lastDay;
    }

    /** "days 1-30" and so on. */
    public String horizon() {
        return "days " + firstDay + "-" + lastDay;
    }

    /** The window result version 1 placed a recommendation of this priority in. */
    public RoadmapWindow window() {
        return switch (this) {
            case HIGH -> RoadmapWindow.DAYS_1_30;
            case MEDIUM -> RoadmapWindow.DAYS_31_60;
            case LOW -> RoadmapWindow.DAYS_61_90;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
