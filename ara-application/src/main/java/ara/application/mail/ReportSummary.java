package ara.application.mail;

import java.util.Objects;

/**
 * All a "your report is ready" message tells of a result: which questionnaire, the total and the level. Answers and
 * the scores of pillars or questions never go into mail, and this type has no room for them.
 *
 * @param questionnaire the questionnaire's title
 * @param total         the score out of 100
 * @param level         the maturity level's name
 */
public record ReportSummary(String questionnaire, int total, String level) {
    public ReportSummary {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(level, "level");
        if (questionnaire.isBlank() || questionnaire.length() > 200) {
            throw new IllegalArgumentException("questionnaire must have 1 to 200 characters");
        }
        if (level.isBlank() || level.length() > 100) {
            throw new IllegalArgumentException("level must have 1 to 100 characters");
        }
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total must be within 0..100, got " + total);
        }
    }
}
