package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.questionnaire.QuestionId;

import java.util.Objects;

/**
 * Command: remove one answer.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record ClearAnswerCommand(AuditId audit, QuestionId question, Long expectedVersion) {
    public ClearAnswerCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(question, "question");
    }
}
