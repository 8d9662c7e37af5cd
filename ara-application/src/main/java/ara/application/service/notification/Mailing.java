package ara.application.service.notification;

import ara.application.mail.MailLink;
import ara.application.mail.MailTemplates;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.notification.KeyedDigest;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.Mailer;
import ara.application.port.out.notification.RecipientKey;
import ara.application.port.out.notification.ResumeTokens;
import ara.domain.audit.Audit;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestToken;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every mail service uses: the mail channel and its records, the resume tokens, the server key that names
 * recipients and signs unsubscribe links, and ARA's public URL that links start with (a supplier: without
 * {@code ARA_PUBLIC_URL} it is known once the server listens). Thread-safe.
 *
 * @param publicUrl ARA's URL as recipients reach it, e.g. {@code https://ara.example.com}
 */
public record Mailing(Mailer mailer, MailRecords records, ResumeTokens resumeTokens, KeyedDigest digest,
                      SecretGenerator secrets, Supplier<URI> publicUrl, MailTemplates templates, AuditLog log,
                      Clock clock) {
    /** How long a resume link works. */
    public static final Duration RESUME_VALIDITY = Duration.ofDays(30);
    /** The language of messages until audits carry one. */
    static final Locale LANGUAGE = MailTemplates.FALLBACK;
    /** The actor the audit log names for what the mail channel does on its own. */
    static final String ACTOR = "system:mail";
    private static final String TOKEN_SEPARATOR = ".";

    public Mailing {
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(resumeTokens, "resumeTokens");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
    }

    /** The recipient as the records know them: a keyed hash of the normalised address. */
    RecipientKey recipient(EmailAddress email) {
        return new RecipientKey(digest.digest("recipient:" + email.value().strip().toLowerCase(Locale.ROOT)));
    }

    /** The one-click unsubscribe token: the recipient's key and its signature under the server key. */
    String unsubscribeToken(EmailAddress email) {
        String key = recipient(email).value();
        return key + TOKEN_SEPARATOR + digest.digest("unsubscribe:" + key);
    }

    /** The recipient an unsubscribe token names, if this ARA signed it. */
    Optional<RecipientKey> verifyUnsubscribe(String token) {
        int dot = token.indexOf(TOKEN_SEPARATOR);
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String key = token.substring(0, dot);
        byte[] expected = digest.digest("unsubscribe:" + key).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecipientKey(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The "resume your audit" message: a new resume token (valid {@link #RESUME_VALIDITY}) for the audit, in a
     * link to the pages ({@code <public URL>/#/resume/<token>}: a fragment, so the token reaches no server log).
     */
    MailMessage resumeMessage(UUID id, Audit audit, EmailAddress to) {
        GuestToken token = GuestToken.fromRandomBytes(secrets.randomBytes(GuestToken.RANDOM_BYTES));
        Instant now = clock.instant();
        Instant expires = now.plus(RESUME_VALIDITY);
        resumeTokens.issue(token.hash(), audit.id(), now, expires);
        return templates.resumeAudit(id, to, LANGUAGE,
                new MailLink(link("/#/resume/" + token.reveal()), expires), unsubscribeLink(to));
    }

    /** The one-click unsubscribe URL of a recipient. */
    URI unsubscribeLink(EmailAddress to) {
        return link("/api/v1/mail/unsubscribe?token=" + URLEncoder.encode(unsubscribeToken(to), StandardCharsets.UTF_8));
    }

    private URI link(String pathAndMore) {
        String base = publicUrl.get().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndMore);
    }

    /**
     * Sends the message unless its recipient is suppressed. A permanent refusal (a bounce) suppresses the recipient
     * and is written to the audit log; a passing one propagates.
     *
     * @return what became of it
     * @throws MailNotSent when the channel could not take it now (not permanent)
     */
    Outcome send(MailMessage message, String target) {
        RecipientKey recipient = recipient(message.to());
        if (records.isSuppressed(recipient)) {
            return Outcome.SUPPRESSED;
        }
        try {
            mailer.send(message);
            return Outcome.SENT;
        } catch (MailNotSent e) {
            if (!e.permanent()) {
                throw e;
            }
            Instant now = clock.instant();
            records.suppress(recipient, MailRecords.Suppression.BOUNCED, now);
            log.record(new AuditEvent(now, ACTOR, "mail.bounced", target, AuditEvent.REJECTED, null, null));
            return Outcome.BOUNCED;
        }
    }

    /** What became of a message. */
    enum Outcome {
        SENT, SUPPRESSED, BOUNCED
    }
}
