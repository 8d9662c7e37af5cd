package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.result.AuditResult;

/** Inbound port: submits a complete draft, scores it and stores the result. */
public interface SubmitAuditUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound    when there is no such audit
     * @throws ara.domain.audit.AuditIncomplete  listing the unanswered required questions
     * @throws ara.domain.audit.AuditNotEditable unless the audit is a draft
     */
    AuditResult submit(AuditId id);
}
