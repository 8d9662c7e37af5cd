package ara.application.port.in.questionnaire;

import ara.domain.questionnaire.QuestionnaireId;

/** No published questionnaire has this id (and version, when one was given). */
public final class QuestionnaireNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient QuestionnaireId questionnaire;
    private final Integer version;

    public QuestionnaireNotFound(QuestionnaireId questionnaire, Integer version) {
        super("questionnaire " + questionnaire + (version == null ? "" : " version " + version) + " does not exist");
        this.questionnaire = questionnaire;
        this.version = version;
    }

    public QuestionnaireId questionnaire() {
        return questionnaire;
    }

    /** The version asked for, or {@code null} when the current one was asked for. */
    public Integer version() {
        return version;
    }
}
