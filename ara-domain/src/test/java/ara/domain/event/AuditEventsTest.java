package ara.domain.event;

import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What each change of an audit tells the outside, and what it keeps to itself. */
class AuditEventsTest {
    private static final ScoringScheme SCHEME = ClassicQuestionnaire.scheme();
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final EmailAddress EMAIL = new EmailAddress("guest@example.com");

    private static Audit guest() {
        return Audit.startForGuest(new AuditId(UUID.randomUUID()), SCHEME, "Acme",
                GuestToken.fromRandomBytes(new byte[GuestToken.RANDOM_BYTES]).hash(), T0);
    }

    @Test
    void aNewAuditIsStartedWithItsQuestionnaireAndNoScore() {
        Audit audit = guest();

        DomainEvent started = AuditEvents.created(audit).getFirst();

        assertThat(started.type().code()).isEqualTo("audit.started");
        assertThat(started.status()).isEqualTo("draft");
        assertThat(started.questionnaire()).contains(audit.questionnaire());
        assertThat(started.total()).isEmpty();
        assertThat(started.occurredAt()).isEqualTo(T0);
    }

    @Test
    void answersAreNoEventButEmailSubmitAndClaimAreOneEach() {
        Audit draft = guest();
        Audit answered = draft.answerAll(SCHEME, ClassicQuestionnaire.workedAnswers(), T0.plusSeconds(1));
        Audit withEmail = answered.withGuestEmail(EMAIL, T0.plusSeconds(2));
        Audit sameEmail = withEmail.withGuestEmail(EMAIL, T0.plusSeconds(3));
        Audit submitted = sameEmail.submit(SCHEME, GuestSubmitPolicy.EMAIL, T0.plusSeconds(4));
        Audit claimed = submitted.claim(new UserIdentity("alice", null, Set.of()), T0.plusSeconds(5));

        assertThat(AuditEvents.changed(draft, answered)).isEmpty();
        assertThat(AuditEvents.changed(answered, withEmail)).extracting(DomainEvent::type)
                .containsExactly(EventType.AUDIT_GUEST_EMAIL_GIVEN);
        assertThat(AuditEvents.changed(withEmail, sameEmail)).isEmpty();
        DomainEvent scored = AuditEvents.changed(sameEmail, submitted).getFirst();
        assertThat(scored.type()).isEqualTo(EventType.AUDIT_SUBMITTED);
        assertThat(scored.total()).hasValue((int) Math.round(submitted.result().orElseThrow().scoreCard().total()
                .percent()));
        assertThat(scored.level()).isPresent();
        assertThat(AuditEvents.changed(submitted, claimed)).extracting(DomainEvent::type)
                .containsExactly(EventType.AUDIT_CLAIMED);
        assertThat(scored.toString()).doesNotContain("example.com");
    }

    @Test
    void theSameChangeAlwaysYieldsTheSameEventId() {
        Audit draft = guest();
        Audit withEmail = draft.withGuestEmail(EMAIL, T0.plusSeconds(1));

        assertThat(AuditEvents.changed(draft, withEmail).getFirst().id())
                .isEqualTo(AuditEvents.changed(draft, draft.withGuestEmail(EMAIL, T0.plusSeconds(1))).getFirst().id())
                .isNotEqualTo(AuditEvents.created(draft).getFirst().id());
    }
}
