package ara.application.port.in.notification;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/** Use case: the guest of an audit asks for the "resume your audit" mail again (to the email they gave). */
public interface SendResumeLinkUseCase {

    /**
     * Mails a new resume link to the audit's guest email; returns once the mail channel accepted the message (or
     * when the address must not be mailed: unsubscribed or bounced, which is not told).
     *
     * @throws ara.domain.identity.GuestEmailRequired when the guest gave no email yet
     * @throws ara.domain.identity.NotAGuestAudit     when a user owns the audit
     * @throws MailUnavailable                        when the mail channel could not take the message now
     */
    void send(AuditId audit, Caller caller);
}
