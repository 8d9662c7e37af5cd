package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

import java.util.Objects;

/**
 * Command: submit an audit for scoring.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 * @param caller          who asks; only the owner (or an admin) may submit
 */
public record SubmitAuditCommand(AuditId audit, Long expectedVersion, Caller caller) {
    public SubmitAuditCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
    }
}
