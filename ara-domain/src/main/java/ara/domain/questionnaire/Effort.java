package ara.domain.questionnaire;

/** How much work a recommendation takes: small, medium or large. */
public enum Effort {
    S, M, L
}
