package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.MailRecords.Suppression;
import ara.application.port.out.notification.RecipientKey;
import ara.application.port.out.notification.ResumeTokens;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestTokenHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every store of the mail channel must have: {@link ResumeTokens} (several per audit, found only while
 * valid, revoked per audit, expired ones removed) and {@link MailRecords} (one sent record per event, suppressions by
 * recipient key, an unsubscription outliving a bounce, retention).
 */
public abstract class MailStoreContract {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00.000000Z");
    private static final Duration DAYS_30 = Duration.ofDays(30);

    /** The audits the tokens belong to (a store may require the audit to exist). */
    protected abstract AuditRepository audits();

    protected abstract ResumeTokens resumeTokens();

    protected abstract MailRecords mailRecords();

    private Audit storedGuestAudit() {
        return audits().create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
    }

    private static GuestTokenHash newHash() {
        return AuditSamples.newGuestToken().hash();
    }

    private static RecipientKey newRecipient() {
        return new RecipientKey("r" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void aTokenLeadsToItsAuditWhileValidAndSeveralCoexist() {
        Audit audit = storedGuestAudit();
        GuestTokenHash first = newHash();
        GuestTokenHash second = newHash();
        resumeTokens().issue(first, audit.id(), NOW, NOW.plus(DAYS_30));
        resumeTokens().issue(second, audit.id(), NOW.plusSeconds(5), NOW.plus(DAYS_30).plusSeconds(5));

        assertThat(resumeTokens().audit(first, NOW.plusSeconds(10))).contains(audit.id());
        assertThat(resumeTokens().audit(second, NOW.plusSeconds(10))).contains(audit.id());
        assertThat(resumeTokens().audit(first, NOW.plus(DAYS_30).minusNanos(1_000))).contains(audit.id());
        assertThat(resumeTokens().audit(first, NOW.plus(DAYS_30))).as("expired").isEmpty();
        assertThat(resumeTokens().audit(newHash(), NOW)).as("unknown").isEmpty();
    }

    @Test
    void aHashIsIssuedOnce() {
        Audit audit = storedGuestAudit();
        GuestTokenHash hash = newHash();
        resumeTokens().issue(hash, audit.id(), NOW, NOW.plus(DAYS_30));
        assertThatThrownBy(() -> resumeTokens().issue(hash, audit.id(), NOW, NOW.plus(DAYS_30)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void revokingAnAuditsTokensLeavesOtherAuditsAlone() {
        Audit audit = storedGuestAudit();
        Audit other = storedGuestAudit();
        GuestTokenHash a = newHash();
        GuestTokenHash b = newHash();
        GuestTokenHash kept = newHash();
        resumeTokens().issue(a, audit.id(), NOW, NOW.plus(DAYS_30));
        resumeTokens().issue(b, audit.id(), NOW, NOW.plus(DAYS_30));
        resumeTokens().issue(kept, other.id(), NOW, NOW.plus(DAYS_30));

        assertThat(resumeTokens().revokeAll(audit.id())).isEqualTo(2);

        assertThat(resumeTokens().audit(a, NOW)).isEmpty();
        assertThat(resumeTokens().audit(b, NOW)).isEmpty();
        assertThat(resumeTokens().audit(kept, NOW)).contains(other.id());
        assertThat(resumeTokens().revokeAll(audit.id())).isZero();
    }

    @Test
    void expiredTokensAreRemovedInBatches() {
        Audit audit = storedGuestAudit();
        // Far in the future, so that no other test's tokens are expired at the cutoff.
        Instant past = NOW.plus(Duration.ofDays(20_000));
        GuestTokenHash old1 = newHash();
        GuestTokenHash old2 = newHash();
        GuestTokenHash valid = newHash();
        resumeTokens().issue(old1, audit.id(), past, past.plusSeconds(1));
        resumeTokens().issue(old2, audit.id(), past, past.plusSeconds(2));
        resumeTokens().issue(valid, audit.id(), past, past.plus(Duration.ofDays(1_000_000)));
        Instant cutoff = past.plusSeconds(3);
        int first = resumeTokens().deleteExpiredBefore(cutoff, 1);
        assertThat(first).isEqualTo(1);
        int rest = 0;
        for (int removed = resumeTokens().deleteExpiredBefore(cutoff, 1_000); removed > 0;
             removed = resumeTokens().deleteExpiredBefore(cutoff, 1_000)) {
            rest += removed;
        }
        assertThat(rest).isGreaterThanOrEqualTo(1);
        assertThat(resumeTokens().audit(valid, past)).contains(audit.id());
        assertThat(resumeTokens().audit(old2, past)).as("removed, not only expired").isEmpty();
    }

    @Test
    void anEventIsRecordedAsSentOnce() {
        UUID event = UUID.randomUUID();
        assertThat(mailRecords().wasSent(event)).isFalse();
        assertThat(mailRecords().recordSent(event, "resume", NOW)).isTrue();
        assertThat(mailRecords().wasSent(event)).isTrue();
        assertThat(mailRecords().recordSent(event, "resume", NOW.plusSeconds(1))).isFalse();
        assertThat(mailRecords().wasSent(UUID.randomUUID())).isFalse();
    }

    @Test
    void aSuppressedRecipientStaysSuppressedAndOthersAreNot() {
        RecipientKey recipient = newRecipient();
        assertThat(mailRecords().isSuppressed(recipient)).isFalse();
        mailRecords().suppress(recipient, Suppression.UNSUBSCRIBED, NOW);
        mailRecords().suppress(recipient, Suppression.UNSUBSCRIBED, NOW.plusSeconds(1));
        mailRecords().suppress(recipient, Suppression.BOUNCED, NOW.plusSeconds(2));
        assertThat(mailRecords().isSuppressed(recipient)).isTrue();
        assertThat(mailRecords().isSuppressed(newRecipient())).isFalse();
    }

    @Test
    void retentionRemovesSentRecordsAndBouncesButNotUnsubscriptions() {
        Instant old = NOW.minus(Duration.ofDays(40_000));
        UUID oldEvent = UUID.randomUUID();
        UUID newEvent = UUID.randomUUID();
        RecipientKey bounced = newRecipient();
        RecipientKey unsubscribed = newRecipient();
        RecipientKey bouncedThenUnsubscribed = newRecipient();
        RecipientKey recentBounce = newRecipient();
        mailRecords().recordSent(oldEvent, "report", old);
        mailRecords().recordSent(newEvent, "report", NOW);
        mailRecords().suppress(bounced, Suppression.BOUNCED, old);
        mailRecords().suppress(unsubscribed, Suppression.UNSUBSCRIBED, old);
        mailRecords().suppress(bouncedThenUnsubscribed, Suppression.BOUNCED, old);
        mailRecords().suppress(bouncedThenUnsubscribed, Suppression.UNSUBSCRIBED, old.plusSeconds(1));
        mailRecords().suppress(recentBounce, Suppression.BOUNCED, NOW);

        assertThat(mailRecords().deleteBefore(old.plus(Duration.ofDays(1)))).isGreaterThanOrEqualTo(2);

        assertThat(mailRecords().wasSent(oldEvent)).isFalse();
        assertThat(mailRecords().wasSent(newEvent)).isTrue();
        assertThat(mailRecords().isSuppressed(bounced)).isFalse();
        assertThat(mailRecords().isSuppressed(unsubscribed)).isTrue();
        assertThat(mailRecords().isSuppressed(bouncedThenUnsubscribed)).as("the opt-out replaced the bounce").isTrue();
        assertThat(mailRecords().isSuppressed(recentBounce)).isTrue();
    }
}
