package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/** Inbound port: a signed-in user who holds a guest audit's token takes the audit over. */
public interface ClaimAuditUseCase {
    /**
     * @throws ara.domain.identity.AuthenticationRequired when the caller is not signed in
     * @throws ara.domain.audit.AuditNotFound             unless the caller also presents the audit's guest token
     */
    AuditView claim(AuditId id, Caller caller);
}
