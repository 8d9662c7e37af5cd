package ara.application.service.notification;

import ara.application.port.in.notification.MailUnavailable;
import ara.application.port.in.notification.SendResumeLinkUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.notification.MailNotSent;
import ara.application.service.identity.AccessGuard;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.NotAGuestAudit;

import java.util.Objects;
import java.util.UUID;

/**
 * Service: mails the resume link again, on the guest's request. Sent directly rather than through the outbox: the
 * request is answered 202 only after the mail channel took the message (an SMTP server accepted it, or the .eml file
 * is written), and a 503 otherwise, so an acknowledged request is never lost; the outbox carries only what an audit
 * change yields, and asking again changes no audit (ADR 0024). Thread-safe.
 */
public final class SendResumeLinkService implements SendResumeLinkUseCase {
    private final Mailing mailing;
    private final AuditRepository audits;
    private final AccessGuard guard;

    public SendResumeLinkService(Mailing mailing, AuditRepository audits) {
        this.mailing = Objects.requireNonNull(mailing, "mailing");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guard = new AccessGuard(mailing.log(), mailing.clock());
    }

    @Override
    public void send(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        Audit audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        if (!audit.isGuestAudit()) {
            throw new NotAGuestAudit("audit " + id + " belongs to a user; resume links are for guests");
        }
        EmailAddress to = audit.guestEmail().orElseThrow(() -> new GuestEmailRequired(
                "audit " + id + " has no email to send the resume link to; give one first"));
        try {
            Mailing.Outcome outcome = mailing.send(mailing.resumeMessage(UUID.randomUUID(), audit, to),
                    "audit:" + id);
            guard.record(caller, "audit.resume_link", id, outcome == Mailing.Outcome.SENT ? AuditEvent.SUCCESS
                    : AuditEvent.REJECTED);
        } catch (MailNotSent e) {
            throw new MailUnavailable("the mail server cannot take the message right now; nothing was sent, retry"
                    + " shortly", e);
        }
    }
}
