package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;

import java.util.Objects;

/** Command: a guest leaves an email on their audit (needed before submitting under the default policy). */
public record GiveGuestEmailCommand(AuditId audit, EmailAddress email, Caller caller) {
    public GiveGuestEmailCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(caller, "caller");
    }
}
