package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/** Inbound port: reads an audit with its progress and partial score. */
public interface GetAuditUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound                 when there is no such audit or the caller may not see it
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     */
    AuditView get(AuditId id, Caller caller);
}
