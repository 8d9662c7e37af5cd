package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.result.AuditResult;

/** Inbound port: reads the stored result of a scored audit. */
public interface GetResultUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound when there is no such audit
     * @throws AuditNotScored                 while the audit has no result yet
     */
    AuditResult result(AuditId id, Caller caller);
}
