package ara.application.service.notification;

import ara.application.port.in.notification.MailLinkRejected;
import ara.application.port.in.notification.UnsubscribeUseCase;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.RecipientKey;
import ara.domain.identity.Caller;

import java.util.Objects;

/**
 * Service: the one-click opt-out (RFC 8058). The token names the recipient by the keyed hash of their address and is
 * signed with the server key (HMAC), so nothing is stored per message and the address never appears in the link
 * (ADR 0024). Thread-safe.
 */
public final class UnsubscribeService implements UnsubscribeUseCase {
    /** The longest token: two base64url HMAC-SHA256 values and a dot. */
    public static final int MAX_TOKEN = 201;

    private final Mailing mailing;

    public UnsubscribeService(Mailing mailing) {
        this.mailing = Objects.requireNonNull(mailing, "mailing");
    }

    @Override
    public void unsubscribe(String token, Caller caller) {
        RecipientKey recipient = verified(token);
        mailing.records().suppress(recipient, MailRecords.Suppression.UNSUBSCRIBED, mailing.clock().instant());
        mailing.log().record(new AuditEvent(mailing.clock().instant(), caller.actor(), "mail.unsubscribed", null,
                AuditEvent.SUCCESS, caller.requestId(), caller.clientIp()));
    }

    @Override
    public void check(String token) {
        verified(token);
    }

    private RecipientKey verified(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
            throw new MailLinkRejected(MailLinkRejected.MALFORMED, "token is not an unsubscribe token");
        }
        return mailing.verifyUnsubscribe(token).orElseThrow(() -> new MailLinkRejected(MailLinkRejected.NOT_VALID,
                "token was not issued by this ARA"));
    }
}
