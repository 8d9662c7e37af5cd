package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;

import java.util.Objects;

/**
 * Command: remove one answer.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 * @param caller          who asks; only the owner (or an admin) may change an audit
 */
public record ClearAnswerCommand(AuditId audit, QuestionId question, Long expectedVersion, Caller caller) {
    public ClearAnswerCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(question, "question");
    }
}
