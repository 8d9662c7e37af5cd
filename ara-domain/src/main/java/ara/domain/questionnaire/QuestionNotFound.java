package ara.domain.questionnaire;

/** A question id that the questionnaire version does not have. */
public final class QuestionNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient QuestionId question;

    public QuestionNotFound(QuestionnaireDefinition definition, QuestionId question) {
        super("question " + question + " does not exist in " + definition.id() + " v" + definition.version());
        this.question = question;
    }

    public QuestionId question() {
        return question;
    }
}
