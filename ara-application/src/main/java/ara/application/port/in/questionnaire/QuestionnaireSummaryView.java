package ara.application.port.in.questionnaire;

import java.util.Objects;

/**
 * The current version of one questionnaire, summed up so that a caller can choose between them (the quick or the
 * full assessment) before starting an audit.
 *
 * @param questions        how many questions it has (hidden ones included)
 * @param steps            how many steps
 * @param pillars          how many pillars it scores
 * @param estimatedMinutes the questionnaire's own estimate of the time to answer it
 * @param isDefault        whether an audit started without naming a questionnaire uses this one
 */
public record QuestionnaireSummaryView(String id, int version, String title, String description,
                                       int estimatedMinutes, int questions, int steps, int pillars, Mode mode,
                                       boolean isDefault) {
    public QuestionnaireSummaryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mode, "mode");
    }

    /** Which assessment a questionnaire is: the shipped quick or full one, or one an admin published. */
    public enum Mode {
        QUICK("quick"), FULL("full"), CUSTOM("custom");

        private final String code;

        Mode(String code) {
            this.code = code;
        }

        /** The lower-case name used in the API. */
        public String code() {
            return code;
        }
    }
}
