package ara.domain.questionnaire;

/** A questionnaire definition (or a scoring profile for it) is broken; the message names the offending element. */
public final class InvalidQuestionnaire extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQuestionnaire(String message) {
        super(message);
    }
}
