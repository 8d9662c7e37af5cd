package ara.contract;

import ara.domain.audit.Audit;
import ara.domain.result.AuditResult;
import org.assertj.core.api.SoftAssertions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares audits field by field ({@link Audit} has identity equality on purpose): what a repository returns must
 * equal, in substance, what was stored. Stateless.
 */
public final class AuditAssertions {
    private AuditAssertions() {
    }

    /** Every field of {@code actual} equals {@code expected}'s, the result down to its last nested record. */
    public static void assertSameAudit(Audit actual, Audit expected) {
        assertThat(actual).as("audit").isNotNull();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        softly.assertThat(actual.questionnaire()).as("questionnaire").isEqualTo(expected.questionnaire());
        softly.assertThat(actual.questionnaireVersion()).as("questionnaireVersion")
                .isEqualTo(expected.questionnaireVersion());
        softly.assertThat(actual.scoringVersion()).as("scoringVersion").isEqualTo(expected.scoringVersion());
        softly.assertThat(actual.organizationName()).as("organizationName").isEqualTo(expected.organizationName());
        softly.assertThat(actual.owner()).as("owner").isEqualTo(expected.owner());
        softly.assertThat(actual.guestToken()).as("guestToken").isEqualTo(expected.guestToken());
        softly.assertThat(actual.guestEmail()).as("guestEmail").isEqualTo(expected.guestEmail());
        softly.assertThat(actual.status()).as("status").isEqualTo(expected.status());
        softly.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        softly.assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
        softly.assertThat(actual.updatedAt()).as("updatedAt").isEqualTo(expected.updatedAt());
        softly.assertThat(actual.submittedAt()).as("submittedAt").isEqualTo(expected.submittedAt());
        softly.assertThat(actual.answers().asMap()).as("answers")
                .containsExactlyInAnyOrderEntriesOf(expected.answers().asMap());
        softly.assertThat(actual.answers()).as("answers (equals)").isEqualTo(expected.answers());
        softly.assertThat(actual.result().isPresent()).as("has a result").isEqualTo(expected.result().isPresent());
        softly.assertAll();
        if (expected.result().isPresent()) {
            assertSameResult(actual.result().orElseThrow(), expected.result().orElseThrow());
        }
    }

    /** The parts one by one (for readable failures), then the whole record. */
    public static void assertSameResult(AuditResult actual, AuditResult expected) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.questionnaire()).as("result.questionnaire").isEqualTo(expected.questionnaire());
        softly.assertThat(actual.questionnaireVersion()).as("result.questionnaireVersion")
                .isEqualTo(expected.questionnaireVersion());
        softly.assertThat(actual.scoringVersion()).as("result.scoringVersion").isEqualTo(expected.scoringVersion());
        softly.assertThat(actual.scoreCard()).as("result.scoreCard").isEqualTo(expected.scoreCard());
        softly.assertThat(actual.level()).as("result.level").isEqualTo(expected.level());
        softly.assertThat(actual.pillars()).as("result.pillars").isEqualTo(expected.pillars());
        softly.assertThat(actual.strengths()).as("result.strengths").isEqualTo(expected.strengths());
        softly.assertThat(actual.gaps()).as("result.gaps").isEqualTo(expected.gaps());
        softly.assertThat(actual.recommendations()).as("result.recommendations")
                .isEqualTo(expected.recommendations());
        softly.assertThat(actual.roadmap()).as("result.roadmap").isEqualTo(expected.roadmap());
        softly.assertThat(actual.insights()).as("result.insights").isEqualTo(expected.insights());
        softly.assertThat(actual.calculatedAt()).as("result.calculatedAt").isEqualTo(expected.calculatedAt());
        softly.assertThat(actual).as("result").isEqualTo(expected);
        softly.assertAll();
    }

    /** The ids, in order. */
    public static List<String> ids(List<Audit> audits) {
        return audits.stream().map(a -> a.id().toString()).toList();
    }
}
