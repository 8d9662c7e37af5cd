package ara.application.port.in.audit;

import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;

import java.util.Objects;

/**
 * Command: store several answers at once, all or none.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record SaveAnswersCommand(AuditId audit, Answers answers, Long expectedVersion) {
    public SaveAnswersCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(answers, "answers");
    }
}
