package ara.domain.result;

import ara.domain.answer.Answers;
import ara.domain.fixture.AnswerArbitraries;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.scoring.QuestionScore;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of results that hold for any valid answers to the classic questionnaire. */
class ResultPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Provide
    Arbitrary<Answers> validAnswers() {
        return AnswerArbitraries.validAnswers(ClassicQuestionnaire.definition());
    }

    @Property
    void recommendsExactlyTheAnsweredQuestionsBelowSevenByImpact(@ForAll("validAnswers") Answers answers) {
        AuditResult result = ResultAssembler.assemble(ClassicQuestionnaire.scheme(), answers, NOW);
        Map<String, QuestionScore> scores = result.scoreCard().questions().stream()
                .collect(Collectors.toMap(q -> q.question().value(), Function.identity()));

        assertThat(result.recommendations()).extracting(r -> r.question().value())
                .containsExactlyInAnyOrderElementsOf(scores.values().stream()
                        .filter(q -> q.answered() && q.score() < ResultAssembler.RECOMMEND_BELOW)
                        .map(q -> q.question().value()).toList());
        assertThat(result.recommendations()).isSortedAccordingTo(
                Comparator.comparingDouble(Recommendation::impact).reversed());
        assertThat(result.recommendations()).allSatisfy(r -> {
            assertThat(r.impact()).isBetween(0.0, 10.0);
            assertThat(r.priority()).isEqualTo(Priority.forImpact(r.impact()));
        });
    }

    @Property
    void theRoadmapHoldsEveryRecommendationOnceInItsPhase(@ForAll("validAnswers") Answers answers) {
        AuditResult result = ResultAssembler.assemble(ClassicQuestionnaire.scheme(), answers, NOW);

        assertThat(result.roadmap()).extracting(RoadmapPhase::window).containsExactly(RoadmapWindow.values());
        assertThat(result.roadmap()).flatExtracting(RoadmapPhase::recommendations)
                .containsExactlyInAnyOrderElementsOf(result.recommendations());
        assertThat(result.roadmap()).allSatisfy(phase -> assertThat(phase.recommendations())
                .allSatisfy(r -> assertThat(r.window()).isEqualTo(phase.window())));
    }

    @Property
    void levelsFollowThePercents(@ForAll("validAnswers") Answers answers) {
        AuditResult result = ResultAssembler.assemble(ClassicQuestionnaire.scheme(), answers, NOW);

        assertThat(result.level()).isEqualTo(MaturityLevel.of(result.scoreCard().total().percent()));
        assertThat(result.pillars()).allSatisfy(p -> assertThat(p.level())
                .isEqualTo(MaturityLevel.of(p.score().summary().percent())));
        assertThat(result.strengths().size()).isLessThanOrEqualTo(1 + ResultAssembler.HIGHLIGHTS);
        assertThat(result.gaps().size()).isLessThanOrEqualTo(1 + ResultAssembler.HIGHLIGHTS);
    }
}
