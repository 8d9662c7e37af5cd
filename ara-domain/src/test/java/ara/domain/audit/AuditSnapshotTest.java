package ara.domain.audit;

import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditSnapshotTest {
    private static final ScoringScheme SCHEME = ClassicQuestionnaire.scheme();
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static Audit guestScored() {
        byte[] bytes = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) 3);
        return Audit.startForGuest(new AuditId(UUID.randomUUID()), SCHEME, "Acme",
                        GuestToken.fromRandomBytes(bytes).hash(), T0)
                .withGuestEmail(new EmailAddress("guest@example.com"), T0.plusSeconds(1))
                .answerAll(SCHEME, ClassicQuestionnaire.workedAnswers(), T0.plusSeconds(2))
                .submit(SCHEME, GuestSubmitPolicy.EMAIL, T0.plusSeconds(3));
    }

    @Test
    void aReloadedAuditIsTheSavedOne() {
        Audit audit = guestScored();

        Audit reloaded = Audit.reload(audit.snapshot());

        assertThat(reloaded.snapshot()).isEqualTo(audit.snapshot());
        assertThat(reloaded.status()).isEqualTo(AuditStatus.SCORED);
        assertThat(reloaded.result()).isEqualTo(audit.result());
        assertThat(reloaded.guestToken()).isEqualTo(audit.guestToken()).isPresent();
        assertThat(reloaded.guestEmail()).contains(new EmailAddress("guest@example.com"));
        assertThat(reloaded.submittedAt()).contains(T0.plusSeconds(3));
        assertThat(reloaded.version()).isEqualTo(audit.version());
        assertThat(reloaded.isGuestAudit()).isTrue();
    }

    @Test
    void theBuilderNamesEveryFieldAndLeavesTheOptionalOnesEmpty() {
        Audit draft = Audit.start(new AuditId(UUID.randomUUID()), SCHEME, null, new OwnerId("alice"), T0);

        Audit built = AuditSnapshot.builder()
                .id(draft.id())
                .questionnaire(draft.questionnaire())
                .questionnaireVersion(draft.questionnaireVersion())
                .scoringVersion(draft.scoringVersion())
                .owner(new OwnerId("alice"))
                .status(AuditStatus.DRAFT)
                .answers(draft.answers())
                .version(1)
                .createdAt(T0)
                .updatedAt(T0)
                .reload();

        assertThat(built.snapshot()).isEqualTo(draft.snapshot());
        assertThat(built.organizationName()).isEmpty();
        assertThat(built.result()).isEmpty();
        assertThat(built.guestToken()).isEmpty();
    }

    @Test
    void storedDataIsTakenAsItWasSaved() {
        Audit audit = guestScored();
        String longName = "n".repeat(Audit.ORGANIZATION_NAME_MAX + 50);

        Audit renamed = audit.snapshot().toBuilder().organizationName(longName).version(99).reload();

        assertThat(renamed.organizationName()).contains(longName);
        assertThat(renamed.version()).isEqualTo(99);
        assertThat(renamed.answers()).isEqualTo(audit.answers());
    }

    @Test
    void aSnapshotNeedsItsRequiredFields() {
        AuditSnapshot snapshot = guestScored().snapshot();

        assertThatThrownBy(() -> snapshot.toBuilder().status(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("status");
        assertThatThrownBy(() -> AuditSnapshot.builder().id(snapshot.id()).questionnaire(snapshot.questionnaire())
                .build()).isInstanceOf(NullPointerException.class).hasMessage("questionnaireVersion");
        assertThatThrownBy(() -> new AuditSnapshot(snapshot.id(), snapshot.questionnaire(), 1, 1, null,
                Optional.empty(), AuditStatus.DRAFT, snapshot.answers(), 1, T0, T0, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessage("organizationName");
        assertThatThrownBy(() -> Audit.reload(null)).isInstanceOf(NullPointerException.class);
    }
}
