package ara.application.service.notification;

import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.notification.MailLinkRejected;
import ara.application.port.in.notification.ResumeAuditUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.audit.AuditViews;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.NotAGuestAudit;

import java.time.Instant;
import java.util.Objects;

/**
 * Service: exchanges a mailed resume token for the audit and a new guest token. The guest token is stored only as a
 * hash, so it cannot be handed out again; the audit gets a new one instead and the old one stops working: the session
 * moves to the device that opened the link (ADR 0024). The resume token stays valid until it expires, so the link
 * can be opened again (on yet another device, or after the browser forgot the session). Thread-safe.
 */
public final class ResumeAuditService implements ResumeAuditUseCase {
    private final Mailing mailing;
    private final AuditRepository audits;
    private final QuestionnaireCatalog catalog;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;

    public ResumeAuditService(Mailing mailing, AuditRepository audits, QuestionnaireCatalog catalog,
                              GuestSubmitPolicy guestPolicy) {
        this.mailing = Objects.requireNonNull(mailing, "mailing");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.guard = new AccessGuard(mailing.log(), mailing.clock());
    }

    @Override
    public StartedAuditView resume(String token, Caller caller) {
        GuestToken presented;
        try {
            presented = GuestToken.parse(token);
        } catch (IllegalArgumentException e) {
            throw new MailLinkRejected(MailLinkRejected.MALFORMED, "token is not a resume token (43 base64url"
                    + " characters)");
        }
        Instant now = mailing.clock().instant();
        AuditId id = mailing.resumeTokens().audit(presented.hash(), now).orElseThrow(() -> rejected(caller, null));
        GuestToken next = GuestToken.fromRandomBytes(mailing.secrets().randomBytes(GuestToken.RANDOM_BYTES));
        Audit saved;
        try {
            saved = audits.update(id, audit -> audit.withGuestToken(next.hash(), mailing.clock().instant()));
        } catch (AuditNotFound | NotAGuestAudit e) {
            // Deleted or claimed since: the token is revoked with it.
            mailing.resumeTokens().revokeAll(id);
            throw rejected(caller, id);
        }
        guard.record(caller, "audit.resumed", id, AuditEvent.SUCCESS);
        return new StartedAuditView(AuditViews.of(saved, Schemes.of(catalog, saved), guestPolicy), next);
    }

    private MailLinkRejected rejected(Caller caller, AuditId id) {
        guard.record(caller, "audit.resume", id, AuditEvent.REJECTED);
        return new MailLinkRejected(MailLinkRejected.NOT_VALID, "token is unknown, expired or revoked (the audit"
                + " was claimed or deleted); ask for a new resume link");
    }
}
