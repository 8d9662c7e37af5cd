package ara.application.port.in.audit;

import ara.domain.result.AuditResult;

/** Inbound port: submits a complete draft, scores it and stores the result. */
public interface SubmitAuditUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound    when there is no such audit
     * @throws ara.domain.audit.AuditIncomplete  listing the unanswered required questions
     * @throws ara.domain.audit.AuditNotEditable unless the audit is a draft
     * @throws ara.domain.audit.StaleAudit       when {@code expectedVersion} is not current
     * @throws ara.domain.identity.GuestEmailRequired a guest audit without an email (policy {@code email})
     * @throws ara.domain.identity.GuestMustSignIn    a guest audit (policy {@code login})
     */
    AuditResult submit(SubmitAuditCommand command);
}
