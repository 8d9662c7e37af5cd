package ara.domain.audit;

import ara.domain.questionnaire.QuestionId;

import java.util.List;

/** An audit was submitted while visible required questions are still unanswered. */
public final class AuditIncomplete extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditId auditId;
    private final transient List<QuestionId> missing;

    public AuditIncomplete(AuditId auditId, List<QuestionId> missing) {
        super("audit " + auditId + " cannot be submitted: " + missing.size() + " required question"
                + (missing.size() == 1 ? " is" : "s are") + " unanswered: " + missing);
        this.auditId = auditId;
        this.missing = List.copyOf(missing);
    }

    public AuditId auditId() {
        return auditId;
    }

    public List<QuestionId> missing() {
        return missing;
    }
}
