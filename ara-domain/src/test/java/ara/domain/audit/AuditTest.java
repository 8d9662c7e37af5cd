package ara.domain.audit;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.AnswersRejected;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.identity.Access;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestMustSignIn;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionNotFound;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTest {
    private static final ScoringScheme SCHEME = ClassicQuestionnaire.scheme();
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final UserIdentity ALICE = new UserIdentity("alice", null, Set.of());
    private static final UserIdentity BOB = new UserIdentity("bob", null, Set.of());

    private static GuestToken token() {
        byte[] bytes = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) 9);
        return GuestToken.fromRandomBytes(bytes);
    }

    private static Audit owned() {
        return Audit.start(new AuditId(UUID.randomUUID()), SCHEME, "Acme", OwnerId.of(ALICE), T0);
    }

    private static Audit completed(Audit audit) {
        return audit.answerAll(SCHEME, ClassicQuestionnaire.workedAnswers(), T0);
    }

    @Test
    void startsAsAVersionOneDraftPinnedToTheScheme() {
        Audit audit = owned();
        assertThat(audit.status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(audit.version()).isEqualTo(1);
        assertThat(audit.questionnaire()).isEqualTo(ClassicQuestionnaire.ID);
        assertThat(audit.organizationName()).contains("Acme");
        assertThat(audit.isGuestAudit()).isFalse();
    }

    @Test
    void everyChangeBumpsTheVersionAndKeepsTheOriginalUnchanged() {
        Audit audit = owned();
        Audit answered = audit.answer(SCHEME, QuestionId.of("company_size"), new AnswerValue.Text("medium"), T1);
        assertThat(answered.version()).isEqualTo(2);
        assertThat(answered.updatedAt()).isEqualTo(T1);
        assertThat(answered.answers().get(QuestionId.of("company_size"))).contains(new AnswerValue.Choice("medium"));
        assertThat(audit.answers().isEmpty()).isTrue();
        assertThat(answered.clear(SCHEME, QuestionId.of("company_size"), T1).answers().isEmpty()).isTrue();
        assertThat(audit.clear(SCHEME, QuestionId.of("industry"), T1)).isSameAs(audit);
    }

    @Test
    void rejectsUnknownQuestionsInvalidValuesAndStaleVersions() {
        Audit audit = owned();
        assertThatThrownBy(() -> audit.answer(SCHEME, QuestionId.of("nope"), new AnswerValue.Flag(true), T1))
                .isInstanceOf(QuestionNotFound.class);
        assertThatThrownBy(() -> audit.answer(SCHEME, QuestionId.of("code_quality"), new AnswerValue.Number(11), T1))
                .isInstanceOf(AnswersRejected.class);
        assertThatThrownBy(() -> audit.expectVersion(7L)).isInstanceOf(StaleAudit.class);
        assertThat(audit.expectVersion(null)).isSameAs(audit);
    }

    @Test
    void submitsACompleteAuditToScoredWithItsResult() {
        Audit scored = completed(owned()).submit(SCHEME, GuestSubmitPolicy.EMAIL, T1);
        assertThat(scored.status()).isEqualTo(AuditStatus.SCORED);
        assertThat(scored.submittedAt()).contains(T1);
        assertThat(scored.result()).hasValueSatisfying(r -> assertThat(r.scoreCard().total().score()).isEqualTo(6.5));
        assertThatThrownBy(() -> scored.answer(SCHEME, QuestionId.of("code_quality"), new AnswerValue.Number(9), T1))
                .isInstanceOf(AuditNotEditable.class);
    }

    @Test
    void refusesToSubmitWhileRequiredAnswersAreMissing() {
        assertThatThrownBy(() -> owned().submit(SCHEME, GuestSubmitPolicy.OPEN, T1))
                .isInstanceOfSatisfying(AuditIncomplete.class, e -> assertThat(e.missing()).hasSize(15));
    }

    @Test
    void aGuestAuditFollowsTheGuestSubmitPolicy() {
        GuestToken token = token();
        Audit guest = completed(Audit.startForGuest(new AuditId(UUID.randomUUID()), SCHEME, null, token.hash(), T0));
        assertThat(guest.isGuestAudit()).isTrue();

        assertThat(guest.submit(SCHEME, GuestSubmitPolicy.OPEN, T1).status()).isEqualTo(AuditStatus.SCORED);
        assertThatThrownBy(() -> guest.submit(SCHEME, GuestSubmitPolicy.EMAIL, T1))
                .isInstanceOf(GuestEmailRequired.class);
        assertThat(guest.withGuestEmail(new EmailAddress("g@example.com"), T1).submit(SCHEME, GuestSubmitPolicy.EMAIL,
                T1).status()).isEqualTo(AuditStatus.SCORED);
        assertThatThrownBy(() -> guest.submit(SCHEME, GuestSubmitPolicy.LOGIN, T1))
                .isInstanceOf(GuestMustSignIn.class);
    }

    @Test
    void theSubmitRequirementFollowsThePolicyForGuestsOnly() {
        Audit guest = Audit.startForGuest(new AuditId(UUID.randomUUID()), SCHEME, null, token().hash(), T0);
        Audit withEmail = guest.withGuestEmail(new EmailAddress("g@example.com"), T1);

        assertThat(guest.submitRequirement(GuestSubmitPolicy.OPEN)).isEqualTo(SubmitRequirement.NOTHING);
        assertThat(guest.submitRequirement(GuestSubmitPolicy.EMAIL)).isEqualTo(SubmitRequirement.EMAIL);
        assertThat(withEmail.submitRequirement(GuestSubmitPolicy.EMAIL)).isEqualTo(SubmitRequirement.NOTHING);
        assertThat(guest.submitRequirement(GuestSubmitPolicy.LOGIN)).isEqualTo(SubmitRequirement.SIGN_IN);
        assertThat(withEmail.submitRequirement(GuestSubmitPolicy.LOGIN)).isEqualTo(SubmitRequirement.SIGN_IN);
        for (GuestSubmitPolicy policy : GuestSubmitPolicy.values()) {
            assertThat(owned().submitRequirement(policy)).isEqualTo(SubmitRequirement.NOTHING);
        }
        assertThat(SubmitRequirement.SIGN_IN.code()).isEqualTo("sign_in");
    }

    @Test
    void aClaimedGuestAuditBelongsToTheUserAndTheTokenStopsWorking() {
        GuestToken token = token();
        Audit guest = Audit.startForGuest(new AuditId(UUID.randomUUID()), SCHEME, null, token.hash(), T0);
        assertThat(guest.accessFor(Caller.guest(token))).isEqualTo(Access.ALLOWED);
        assertThat(guest.accessFor(Caller.user(ALICE))).isEqualTo(Access.DENIED);

        Audit claimed = guest.claim(ALICE, T1);

        assertThat(claimed.isGuestAudit()).isFalse();
        assertThat(claimed.owner()).contains(OwnerId.of(ALICE));
        assertThat(claimed.guestToken()).isEmpty();
        assertThat(claimed.accessFor(Caller.guest(token))).isEqualTo(Access.DENIED);
        assertThat(claimed.accessFor(Caller.user(ALICE))).isEqualTo(Access.ALLOWED);
        assertThat(claimed.accessFor(Caller.user(BOB))).isEqualTo(Access.DENIED);
        assertThat(claimed.version()).isEqualTo(guest.version() + 1);
        assertThatThrownBy(() -> claimed.claim(BOB, T1)).isInstanceOf(IllegalStateException.class);
        // a user-owned audit submits whatever the guest policy says
        assertThat(completed(claimed).submit(SCHEME, GuestSubmitPolicy.LOGIN, T1).status())
                .isEqualTo(AuditStatus.SCORED);
    }
}
