package ara.domain.result;

/**
 * Maturity for a percent score, from one table of lower bounds: Beginner below 41, Developing 41–60, Proficient
 * 61–80, Advanced 81–95, Expert from 96. A percent between two bands (60.5) belongs to the lower one.
 */
public enum MaturityLevel {
    BEGINNER("Beginner", 0),
    DEVELOPING("Developing", 41),
    PROFICIENT("Proficient", 61),
    ADVANCED("Advanced", 81),
    EXPERT("Expert", 96);

    private final String title;
    private final double lowerBound;

    MaturityLevel(String title, double lowerBound) {
        this.title = title;
        this.lowerBound = lowerBound;
    }

    public String title() {
        return title;
    }

    /** The lowest percent that reaches this level. */
    public double lowerBound() {
        return lowerBound;
    }

    public static MaturityLevel of(double percent) {
        MaturityLevel[] levels = values();
        for (int i = levels.length - 1; i > 0; i--) {
            if (percent >= levels[i].lowerBound) {
                return levels[i];
            }
        }
        return BEGINNER;
    }
}
