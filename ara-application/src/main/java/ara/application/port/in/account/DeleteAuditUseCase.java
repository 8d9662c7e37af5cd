package ara.application.port.in.account;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/**
 * Inbound port: erases an audit (its owner or an admin asks) with everything stored about it, in every store; a
 * second erasure finds nothing, as for any unknown audit.
 */
public interface DeleteAuditUseCase {
    /**
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit (or the caller may not see it)
     */
    void delete(AuditId id, Caller caller);
}
