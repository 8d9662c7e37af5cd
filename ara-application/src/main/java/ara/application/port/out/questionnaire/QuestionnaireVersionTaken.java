package ara.application.port.out.questionnaire;

import ara.domain.questionnaire.QuestionnaireId;

/** A questionnaire version to publish is not above the versions the catalog already has. */
public final class QuestionnaireVersionTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuestionnaireVersionTaken(QuestionnaireId id, int version, int highest) {
        super("questionnaire " + id + " v" + version + " cannot be published: the catalog already has v" + highest
                + "; publish v" + (highest + 1) + " or higher");
    }
}
