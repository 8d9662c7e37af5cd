package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.chat.ChatRepository;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.GuestRetention;
import ara.domain.audit.OwnerId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ara.contract.AuditSamples.newId;
import static ara.contract.AuditSamples.newOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link AuditRetention} (and {@link AuditStatistics}) must have, over the audits of the
 * matching {@link AuditRepository} (a deleted audit's chat messages in the matching {@link ChatRepository} go too,
 * and an erased audit's outbox events). The repository is shared: tests work in the year 2001, long before any other
 * test's audits, and assert on their own ids only. Boundaries are exact: 30 days untouched is expired, 29 days,
 * 23 hours and 59 minutes (or one microsecond less than 30 days) is kept; 90 and 89 days with an email.
 */
public abstract class AuditRetentionContract {
    private static final Instant NOW = Instant.parse("2001-06-01T12:00:00.000000Z");
    private static final GuestRetention RULE = GuestRetention.DEFAULT;
    private static final Duration DAY = Duration.ofDays(1);
    private static final int ALL = 100_000;

    protected abstract AuditRepository repository();

    protected abstract AuditRetention retention();

    protected abstract AuditStatistics statistics();

    /** Where the chat messages of the repository's audits are kept (the same store). */
    protected abstract ChatRepository chats();

    /** How many outbox events about the audit the store holds, read from the store itself. */
    protected abstract long eventsAbout(AuditId audit);

    private ChatMessage chatMessage(AuditId audit) {
        return new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, ChatRole.USER, "about " + audit, null,
                null, List.of(), NOW.minus(Duration.ofDays(40)), null);
    }

    private Audit guest(Duration untouchedFor, boolean withEmail) {
        Instant at = NOW.minus(untouchedFor);
        Audit audit = Audit.startForGuest(newId(), AuditSamples.scheme(), null, AuditSamples.newGuestToken().hash(),
                at.minus(DAY));
        audit = audit.answerAll(AuditSamples.scheme(), AuditSamples.validAnswers(), at.minus(DAY));
        if (withEmail) {
            audit = audit.withGuestEmail(new EmailAddress("guest-" + audit.id() + "@example.com"), at);
        } else {
            audit = audit.answerAll(AuditSamples.scheme(), AuditSamples.validAnswers(), at);
        }
        return repository().create(audit);
    }

    private List<AuditId> expired() {
        return retention().expiredGuestAudits(RULE, NOW, ALL);
    }

    @Test
    void aGuestAuditWithoutEmailExpiresAfterExactlyThirtyDaysUntouched() {
        Audit thirtyDays = guest(Duration.ofDays(30), false);
        Audit aMinuteLess = guest(Duration.ofDays(30).minusMinutes(1), false);
        Audit aMicrosecondLess = guest(Duration.ofDays(30).minusNanos(1_000), false);
        Audit longAgo = guest(Duration.ofDays(89), false);

        assertThat(expired()).contains(thirtyDays.id(), longAgo.id())
                .doesNotContain(aMinuteLess.id(), aMicrosecondLess.id());
    }

    @Test
    void aGuestWhoGaveAnEmailKeepsTheAuditNinetyDays() {
        Audit ninetyDays = guest(Duration.ofDays(90), true);
        Audit aMinuteLess = guest(Duration.ofDays(90).minusMinutes(1), true);
        Audit eightyNineDays = guest(Duration.ofDays(89), true);

        assertThat(expired()).contains(ninetyDays.id()).doesNotContain(aMinuteLess.id(), eightyNineDays.id());
    }

    @Test
    void userAuditsNeverExpireHoweverOld() {
        Audit user = repository().create(AuditSamples.draft(newOwner(), NOW.minus(Duration.ofDays(3_000))));

        assertThat(expired()).doesNotContain(user.id());
        assertThat(retention().deleteIfExpired(user.id(), RULE, NOW)).isFalse();
        assertThat(repository().find(user.id())).isPresent();
    }

    @Test
    void listsTheLeastRecentlyChangedFirstAndHonoursTheLimit() {
        Audit newer = guest(Duration.ofDays(2_000), false);
        Audit older = guest(Duration.ofDays(2_001), false);

        List<AuditId> all = expired();
        assertThat(all.indexOf(older.id())).isLessThan(all.indexOf(newer.id()));
        assertThat(retention().expiredGuestAudits(RULE, NOW, 1)).hasSize(1);
        assertThat(retention().expiredGuestAudits(RULE, NOW, 0)).isEmpty();
    }

    @Test
    void deletesAnExpiredAuditWithItsAnswersAndKeepsTheOthers() {
        Audit expired = guest(Duration.ofDays(30), false);
        Audit kept = guest(Duration.ofDays(30).minusMinutes(1), false);
        Audit withEmail = guest(Duration.ofDays(60), true);

        assertThat(retention().deleteIfExpired(expired.id(), RULE, NOW)).isTrue();
        assertThat(retention().deleteIfExpired(kept.id(), RULE, NOW)).isFalse();
        assertThat(retention().deleteIfExpired(withEmail.id(), RULE, NOW)).isFalse();

        assertThat(repository().find(expired.id())).isEmpty();
        assertThat(repository().find(kept.id())).hasValueSatisfying(audit ->
                assertThat(audit.answers().asMap()).isNotEmpty());
        assertThat(repository().find(withEmail.id())).isPresent();
        assertThat(expired()).doesNotContain(expired.id());
        assertThat(retention().deleteIfExpired(expired.id(), RULE, NOW)).isFalse();
    }

    @Test
    void deletingAnExpiredAuditDeletesItsChatMessagesAndKeepsTheOthers() {
        Audit expired = guest(Duration.ofDays(31), false);
        Audit kept = guest(Duration.ofDays(1), false);
        chats().append(chatMessage(expired.id()));
        chats().append(chatMessage(expired.id()));
        chats().append(chatMessage(kept.id()));
        assertThat(chats().count(expired.id())).isEqualTo(2);

        assertThat(retention().deleteIfExpired(expired.id(), RULE, NOW)).isTrue();
        assertThat(retention().deleteIfExpired(kept.id(), RULE, NOW)).isFalse();

        assertThat(chats().count(expired.id())).isZero();
        assertThat(chats().page(expired.id(), null, 10)).isEmpty();
        assertThat(chats().count(kept.id())).isEqualTo(1);
    }

    @Test
    void aGuestWhoComesBackBeforeTheDeletionKeepsTheAudit() {
        Audit audit = guest(Duration.ofDays(45), false);
        assertThat(expired()).contains(audit.id());

        repository().update(audit.id(), current -> current.clear(AuditSamples.scheme(),
                current.answers().asMap().keySet().iterator().next(), NOW.minusSeconds(1)));

        assertThat(retention().deleteIfExpired(audit.id(), RULE, NOW)).isFalse();
        assertThat(repository().find(audit.id())).isPresent();
    }

    @Test
    void anErasureDeletesAnyAuditWithItsAnswersResultChatAndEventsAndKeepsTheOthers() {
        OwnerId owner = newOwner();
        Audit scored = repository().create(AuditSamples.scored(owner, NOW.minusSeconds(60)));
        Audit fresh = repository().create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), NOW));
        Audit kept = repository().create(AuditSamples.scored(owner, NOW.minusSeconds(30)));
        chats().append(chatMessage(scored.id()));
        chats().append(chatMessage(kept.id()));
        assertThat(eventsAbout(scored.id())).isPositive();
        assertThat(eventsAbout(fresh.id())).isPositive();

        assertThat(retention().delete(scored.id())).isTrue();
        assertThat(retention().delete(fresh.id())).isTrue();

        assertThat(repository().find(scored.id())).isEmpty();
        assertThat(repository().find(fresh.id())).isEmpty();
        assertThat(repository().findByGuestToken(fresh.guestToken().orElseThrow())).isEmpty();
        assertThat(repository().findByOwner(owner, 0, 10)).extracting(Audit::id).containsExactly(kept.id());
        assertThat(repository().countByOwner(owner)).isOne();
        assertThat(chats().count(scored.id())).isZero();
        assertThat(eventsAbout(scored.id())).isZero();
        assertThat(eventsAbout(fresh.id())).isZero();
        assertThat(repository().find(kept.id())).hasValueSatisfying(audit ->
                assertThat(audit.result()).isPresent());
        assertThat(chats().count(kept.id())).isOne();
        assertThat(eventsAbout(kept.id())).isPositive();
    }

    @Test
    void aSecondErasureAndAnUnknownAuditFindNothing() {
        Audit audit = repository().create(AuditSamples.draft(newOwner(), NOW));

        assertThat(retention().delete(audit.id())).isTrue();
        assertThat(retention().delete(audit.id())).isFalse();
        assertThat(retention().delete(newId())).isFalse();
        assertThatThrownBy(() -> repository().update(audit.id(), current -> current))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void countsAuditsByStatusAndGuests() {
        Map<AuditStatus, Long> before = statistics().countByStatus();
        long guestsBefore = statistics().guestAudits();

        repository().create(AuditSamples.draft(newOwner(), NOW));
        repository().create(AuditSamples.draft(newOwner(), NOW));
        guest(Duration.ofDays(1), false);

        Map<AuditStatus, Long> after = statistics().countByStatus();
        assertThat(after.getOrDefault(AuditStatus.DRAFT, 0L) - before.getOrDefault(AuditStatus.DRAFT, 0L))
                .isEqualTo(3);
        assertThat(statistics().guestAudits() - guestsBefore).isEqualTo(1);
    }
}
