package ara.domain.answer;

import java.util.List;

/** One or more answers broke their question's rules; carries every violation found, not just the first. */
public final class AnswersRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public AnswersRejected(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("AnswersRejected needs at least one violation");
        }
        return violations.size() == 1 ? violations.getFirst().message()
                : violations.size() + " answers are invalid; first: " + violations.getFirst().message();
    }
}
