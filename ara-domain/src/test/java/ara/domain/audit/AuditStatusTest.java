package ara.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuditStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "DRAFT, SUBMITTED",
            "DRAFT, ARCHIVED",
            "SUBMITTED, SCORED",
            "SUBMITTED, ARCHIVED",
            "SCORED, REPORT_READY",
            "SCORED, ARCHIVED",
            "REPORT_READY, ARCHIVED"
    })
    void allowsEveryLegalTransition(AuditStatus from, AuditStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "DRAFT, DRAFT", "DRAFT, SCORED", "DRAFT, REPORT_READY",
            "SUBMITTED, DRAFT", "SUBMITTED, SUBMITTED", "SUBMITTED, REPORT_READY",
            "SCORED, DRAFT", "SCORED, SUBMITTED", "SCORED, SCORED",
            "REPORT_READY, DRAFT", "REPORT_READY, SUBMITTED", "REPORT_READY, SCORED", "REPORT_READY, REPORT_READY",
            "ARCHIVED, DRAFT", "ARCHIVED, SUBMITTED", "ARCHIVED, SCORED", "ARCHIVED, REPORT_READY",
            "ARCHIVED, ARCHIVED"
    })
    void rejectsEveryIllegalTransitionNamingBothStates(AuditStatus from, AuditStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();

        IllegalStatusTransition rejection = catchThrowableOfType(IllegalStatusTransition.class, () -> from.moveTo(to));

        assertThat(rejection.from()).isEqualTo(from);
        assertThat(rejection.to()).isEqualTo(to);
        assertThat(rejection).hasMessageContaining("status " + from + " cannot move to " + to);
    }

    @Test
    void hasExactlyTheSevenLegalTransitionsListedAbove() {
        int legal = 0;
        for (AuditStatus from : AuditStatus.values()) {
            legal += from.successors().size();
        }
        // the 7 legal and 18 illegal pairs above are all 5 × 5 pairs
        assertThat(legal).isEqualTo(7);
        assertThat(AuditStatus.values()).hasSize(5);
    }

    @Test
    void listsTheSuccessorsOfEachState() {
        assertThat(AuditStatus.DRAFT.successors()).containsExactlyInAnyOrder(AuditStatus.SUBMITTED,
                AuditStatus.ARCHIVED);
        assertThat(AuditStatus.ARCHIVED.successors()).isEmpty();
        Set<AuditStatus> copy = AuditStatus.SCORED.successors();
        copy.clear();
        assertThat(AuditStatus.SCORED.successors()).isEqualTo(EnumSet.of(AuditStatus.REPORT_READY,
                AuditStatus.ARCHIVED));
    }

    @Test
    void onlyADraftTakesAnswers() {
        assertThat(EnumSet.allOf(AuditStatus.class)).filteredOn(AuditStatus::acceptsAnswers)
                .containsExactly(AuditStatus.DRAFT);
    }

    @Test
    void hasLowerCaseCodes() {
        assertThat(AuditStatus.REPORT_READY.code()).isEqualTo("report_ready");
        assertThat(AuditStatus.DRAFT.code()).isEqualTo("draft");
    }

    @Test
    void parsesAnAuditIdAndRejectsAnythingElse() {
        UUID uuid = UUID.fromString("3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13");

        assertThat(AuditId.parse(uuid.toString())).isEqualTo(new AuditId(uuid));
        assertThat(new AuditId(uuid)).hasToString(uuid.toString());
        assertThatThrownBy(() -> AuditId.parse("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditId(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("auditId");
    }
}
