package ara.domain.scoring;

/** Value object: a score, the most it could be, and the percent (all rounded with {@link Rounding#r2}). */
public record ScoreSummary(double score, double max, double percent) {
    public static ScoreSummary of(double rawScore, double rawMax) {
        return new ScoreSummary(Rounding.r2(rawScore), Rounding.r2(rawMax), Rounding.percent(rawScore, rawMax));
    }
}
