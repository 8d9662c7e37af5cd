package ara.application.port.in.audit;

import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

import java.util.Objects;

/**
 * Command: store several answers at once, all or none.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 * @param caller          who asks; only the owner (or an admin) may change an audit
 */
public record SaveAnswersCommand(AuditId audit, Answers answers, Long expectedVersion, Caller caller) {
    public SaveAnswersCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(answers, "answers");
    }
}
