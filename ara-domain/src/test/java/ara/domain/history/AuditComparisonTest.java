package ara.domain.history;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.fixture.QuestionBuilder;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.result.AuditResult;
import ara.domain.result.MaturityLevel;
import ara.domain.result.Recommendation;
import ara.domain.result.ResultAssembler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditComparisonTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final QuestionnaireDefinition CLASSIC = ClassicQuestionnaire.definition();

    private static AuditComparison.Side side(Answers answers) {
        AuditResult result = ResultAssembler.assemble(ClassicQuestionnaire.scheme(), answers, NOW);
        return new AuditComparison.Side(CLASSIC, answers, result);
    }

    /** The worked example with deployments automated end to end and incident response practised. */
    private static Answers improved() {
        return AnswersBuilder.answers().put("deployment_automation", new AnswerValue.Choice("ci_cd_advanced"))
                .put("incident_response", new AnswerValue.Number(10)).build();
    }

    @Test
    void theSameAnswersChangeNothing() {
        AuditComparison.Side worked = side(ClassicQuestionnaire.workedAnswers());

        AuditComparison comparison = AuditComparison.of(worked, worked);

        assertThat(comparison.total().delta()).isZero();
        assertThat(comparison.total().levelSteps()).isZero();
        assertThat(comparison.pillars()).hasSize(4).allSatisfy(pillar -> assertThat(pillar.change().delta()).isZero());
        assertThat(comparison.answers()).isEmpty();
        assertThat(comparison.resolved()).isEmpty();
        assertThat(comparison.added()).isEmpty();
    }

    @Test
    void reportsTheScoreChangesTheChangedAnswersAndTheResolvedRecommendations() {
        Answers before = ClassicQuestionnaire.workedAnswers();
        Answers after = before.withAll(improved());
        AuditComparison.Side baseline = side(before);
        AuditComparison.Side audit = side(after);

        AuditComparison comparison = AuditComparison.of(baseline, audit);

        double totalBefore = baseline.result().scoreCard().total().percent();
        double totalAfter = audit.result().scoreCard().total().percent();
        assertThat(totalAfter).isGreaterThan(totalBefore);
        assertThat(comparison.total().before()).isEqualTo(totalBefore);
        assertThat(comparison.total().after()).isEqualTo(totalAfter);
        assertThat(comparison.total().delta()).isEqualTo(Math.round((totalAfter - totalBefore) * 10) / 10.0);
        assertThat(comparison.total().levelBefore()).isEqualTo(baseline.result().level());
        assertThat(comparison.pillars()).filteredOn(pillar -> pillar.pillar().equals(ClassicQuestionnaire.OPERATIONAL))
                .singleElement().satisfies(pillar -> assertThat(pillar.change().delta()).isPositive());
        assertThat(comparison.pillars()).filteredOn(pillar -> pillar.pillar().equals(ClassicQuestionnaire.BUSINESS))
                .singleElement().satisfies(pillar -> assertThat(pillar.change().delta()).isZero());
        assertThat(comparison.answers()).extracting(AnswerChange::question).containsExactlyInAnyOrder(
                QuestionId.of("deployment_automation"), QuestionId.of("incident_response"));
        assertThat(comparison.answers()).filteredOn(change -> change.question().equals(
                QuestionId.of("deployment_automation"))).singleElement().satisfies(change -> {
                    assertThat(change.before()).isEqualTo(new AnswerValue.Choice("ci_cd_basic"));
                    assertThat(change.after()).isEqualTo(new AnswerValue.Choice("ci_cd_advanced"));
                });
        List<QuestionId> recommendedBefore = baseline.result().recommendations().stream()
                .map(Recommendation::question).toList();
        List<QuestionId> recommendedAfter = audit.result().recommendations().stream()
                .map(Recommendation::question).toList();
        assertThat(comparison.resolved()).extracting(Recommendation::question)
                .allMatch(recommendedBefore::contains).noneMatch(recommendedAfter::contains)
                .contains(QuestionId.of("deployment_automation"));
        assertThat(comparison.added()).extracting(Recommendation::question)
                .allMatch(recommendedAfter::contains).noneMatch(recommendedBefore::contains);
    }

    @Test
    void theOtherWayRoundTheRecommendationsComeBackAsNew() {
        AuditComparison.Side better = side(ClassicQuestionnaire.workedAnswers().withAll(improved()));
        AuditComparison.Side worse = side(ClassicQuestionnaire.workedAnswers());

        AuditComparison comparison = AuditComparison.of(better, worse);

        assertThat(comparison.total().delta()).isNegative();
        assertThat(comparison.added()).extracting(Recommendation::question)
                .contains(QuestionId.of("deployment_automation"));
        assertThat(comparison.resolved()).extracting(Recommendation::question)
                .doesNotContain(QuestionId.of("deployment_automation"));
    }

    @Test
    void onlyQuestionsBothVersionsShareAreCompared() {
        Answers before = ClassicQuestionnaire.workedAnswers();
        AuditComparison.Side baseline = new AuditComparison.Side(Definitions.definition(
                QuestionBuilder.single("industry", "retail", "finance").build()), before,
                side(before).result());

        AuditComparison comparison = AuditComparison.of(baseline, side(before.withAll(improved())));

        assertThat(comparison.answers()).as("the baseline's version has neither changed question").isEmpty();
    }

    @Test
    void aScoreChangeCountsLevelSteps() {
        ScoreChange change = new ScoreChange(40.0, 81.24, MaturityLevel.BEGINNER, MaturityLevel.ADVANCED);

        assertThat(change.delta()).isEqualTo(41.2);
        assertThat(change.levelSteps()).isEqualTo(3);
        assertThatThrownBy(() -> new AnswerChange(QuestionId.of("q"), "Q", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
