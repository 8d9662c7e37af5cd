package ara.application.port.in.notification;

import ara.application.port.in.audit.StartedAuditView;
import ara.domain.identity.Caller;

/**
 * Use case: a mailed resume link is opened (on any device): its token is exchanged for the audit and a new guest
 * token, which from then on is the one that reaches the audit (ADR 0024).
 */
public interface ResumeAuditUseCase {

    /**
     * @param token the resume token from the link, as presented
     * @throws MailLinkRejected when the token is malformed, unknown, expired or revoked (the audit was claimed or
     *                          deleted)
     */
    StartedAuditView resume(String token, Caller caller);
}
