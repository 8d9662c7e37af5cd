package ara.domain.result;

import java.util.Locale;

/**
 * The windows of the roadmap: the first 30, 31–60 and 61–90 days, then the rest of the first six months and of the
 * first year. Result version 1 used only the three 30-day windows, one per {@link Priority}.
 */
public enum RoadmapWindow {
    DAYS_1_30(1, 30, "days 1-30"),
    DAYS_31_60(31, 60, "days 31-60"),
    DAYS_61_90(61, 90, "days 61-90"),
    MONTHS_4_6(91, 180, "months 4-6"),
    MONTHS_7_12(181, 365, "months 7-12");

    private final int firstDay;
    private final int lastDay;
    private final String horizon;

    RoadmapWindow(int firstDay, int lastDay, String horizon) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.horizon = horizon;
    }

    public int firstDay() {
        return firstDay;
    }

    public int lastDay() {
        return lastDay;
    }

    /** "days 1-30", "months 4-6" and so on. */
    public String horizon() {
        return horizon;
    }

    /** "days-1-30", "months-4-6": the value in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
