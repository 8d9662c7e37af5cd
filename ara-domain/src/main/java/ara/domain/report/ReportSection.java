package ara.domain.report;

/**
 * The nine sections a report can have, in the order they are printed; {@link #number()} is the section's place in the
 * full report (the PDF numbers the sections a template prints 1 to n, so the executive report reads 1, 2, 3).
 */
public enum ReportSection {
    COVER(1, "Cover"),
    EXECUTIVE_SUMMARY(2, "Executive summary"),
    SCORE_ANALYSIS(3, "Score analysis"),
    PILLAR_ANALYSIS(4, "Pillar analysis"),
    RECOMMENDATIONS(5, "Recommendations"),
    ROADMAP(6, "Roadmap"),
    INSIGHTS(7, "Insights"),
    METHODOLOGY(8, "Methodology"),
    APPENDIX(9, "Appendix: every answer");

    private final int number;
    private final String title;

    ReportSection(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}
