package ara.application.service.notification;

import ara.application.mail.MailLink;
import ara.application.mail.ReportSummary;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.identity.UserRepository;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.outbox.EventSubscriber;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.service.report.ReportFileName;
import ara.domain.audit.Audit;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.identity.EmailAddress;
import ara.domain.report.Report;
import ara.domain.report.ReportState;
import ara.domain.result.AuditResult;
import ara.domain.scoring.ScoringScheme;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox's mail channel ({@value #CHANNEL}): "resume your audit" when a guest gives an email
 * ({@code audit.guest_email_given}) and "your report is ready" with a download link ({@code report.ready}). The
 * recipient is the guest's email, or for a user's audit the account's. A recipient who unsubscribed or bounced gets
 * nothing. Each event is mailed once: a sent-message record per event id is written after sending (a crash in
 * between mails once more: the outbox's at-least-once). A bounce suppresses the recipient and is not retried; any
 * other failure propagates so that the dispatcher retries. Messages carry links, the total and the level, never
 * answers. It also takes {@code audit.claimed}, to revoke the audit's resume tokens (mailing nothing). Thread-safe.
 */
public final class MailChannel implements EventSubscriber {
    /** The channel's name in the outbox's records. */
    public static final String CHANNEL = "mail";
    private static final Set<EventType> WANTED = Set.of(EventType.AUDIT_GUEST_EMAIL_GIVEN, EventType.REPORT_READY,
            EventType.AUDIT_CLAIMED);

    private final Mailing mailing;
    private final AuditRepository audits;
    private final ReportRepository reports;
    private final UserRepository users;
    private final QuestionnaireCatalog catalog;
    private final ObjectStorage storage;
    private final Duration linkValidity;

    /** @param linkValidity how long a report's download link works ({@code ARA_REPORT_LINK_TTL}) */
    public MailChannel(Mailing mailing, AuditRepository audits, ReportRepository reports, UserRepository users,
                       QuestionnaireCatalog catalog, ObjectStorage storage, Duration linkValidity) {
        this.mailing = Objects.requireNonNull(mailing, "mailing");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.users = Objects.requireNonNull(users, "users");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        ObjectStorage.validitySeconds(linkValidity);
        this.linkValidity = linkValidity;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean wants(EventType type) {
        return WANTED.contains(type);
    }

    @Override
    public void deliver(DomainEvent event) {
        if (event.type() == EventType.AUDIT_CLAIMED) {
            // A user took the audit over: the resume links mailed to its guest stop working.
            mailing.resumeTokens().revokeAll(event.audit());
            return;
        }
        if (!wants(event.type()) || mailing.records().wasSent(event.id())) {
            return;
        }
        Optional<MailMessage> message = switch (event.type()) {
            case AUDIT_GUEST_EMAIL_GIVEN -> resume(event);
            case REPORT_READY -> reportReady(event);
            default -> Optional.empty();
        };
        if (message.isEmpty()) {
            // Nobody to mail any more (the audit was deleted or claimed, the report deleted, no address known).
            return;
        }
        Mailing.Outcome outcome = mailing.send(message.get(), "audit:" + event.audit());
        mailing.records().recordSent(event.id(), kind(event.type()) + (outcome == Mailing.Outcome.SENT ? ""
                : "." + outcome.name().toLowerCase(java.util.Locale.ROOT)), mailing.clock().instant());
    }

    private static String kind(EventType type) {
        return type == EventType.REPORT_READY ? "report" : "resume";
    }

    private Optional<MailMessage> resume(DomainEvent event) {
        // The audit as it is now: the email may have changed since, and a claimed audit no longer has a guest.
        return audits.find(event.audit()).filter(Audit::isGuestAudit)
                .flatMap(audit -> audit.guestEmail().map(to -> mailing.resumeMessage(event.id(), audit, to)));
    }

    private Optional<MailMessage> reportReady(DomainEvent event) {
        Optional<Report> found = event.report().flatMap(reports::find);
        if (found.isEmpty() || !(found.get().state() instanceof ReportState.Ready ready)) {
            return Optional.empty();
        }
        Report report = found.get();
        Optional<Audit> audit = audits.find(report.auditId());
        Optional<EmailAddress> to = audit.flatMap(this::recipientOf);
        Optional<AuditResult> result = audit.flatMap(Audit::result);
        if (to.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        Instant now = mailing.clock().instant();
        URI download = storage.presignGet(new ObjectKey(ready.file().key()), linkValidity,
                ReportFileName.of(report.options().organizationNameOverride().or(audit.get()::organizationName),
                        report.template(), report.updatedAt()));
        MailLink link = new MailLink(download, now.plusSeconds(ObjectStorage.validitySeconds(linkValidity)));
        return Optional.of(mailing.templates().reportReady(event.id(), to.get(), Mailing.LANGUAGE,
                summary(audit.get(), result.get()), link, mailing.unsubscribeLink(to.get())));
    }

    private Optional<EmailAddress> recipientOf(Audit audit) {
        return audit.owner().isPresent() ? users.emailOf(audit.owner().get()) : audit.guestEmail();
    }

    private ReportSummary summary(Audit audit, AuditResult result) {
        String title = catalog.find(audit.questionnaire(), audit.questionnaireVersion())
                .map(ScoringScheme::definition).map(definition -> definition.title())
                .orElse(audit.questionnaire().value());
        return new ReportSummary(title, (int) Math.round(result.scoreCard().total().percent()),
                result.level().title());
    }
}
