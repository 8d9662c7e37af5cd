package ara.application.port.out.questionnaire;

import java.util.Objects;

/** A questionnaire document to publish is not valid: {@code element} is the JSON path of what is wrong. */
public final class QuestionnaireRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String element;

    public QuestionnaireRejected(String element, String problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem"), cause);
        this.element = Objects.requireNonNull(element, "element");
    }

    public String element() {
        return element;
    }
}
