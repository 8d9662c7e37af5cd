package ara.application.port.in.audit;

import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;

import java.util.Objects;

/**
 * Command: store one answer (autosave).
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 * @param caller          who asks; only the owner (or an admin) may change an audit
 */
public record SaveAnswerCommand(AuditId audit, QuestionId question, AnswerValue value, Long expectedVersion, Caller caller) {
    public SaveAnswerCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
    }
}
