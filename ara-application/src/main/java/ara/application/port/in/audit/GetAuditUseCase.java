package ara.application.port.in.audit;

import ara.domain.audit.AuditId;

/** Inbound port: reads an audit with its progress and partial score. */
public interface GetAuditUseCase {
    /** @throws ara.domain.audit.AuditNotFound when there is no such audit */
    AuditView get(AuditId id);
}
