package ara.adapter.catalog;

import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.Recommendation;
import ara.domain.result.ResultAssembler;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of scores and results (version 2) that hold for every valid answer set of a shipped questionnaire,
 * checked over {@value #SETS} seeded random sets per property. One subclass per questionnaire.
 */
abstract class ResultPropertiesContract {
    static final int SETS = 500;
    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");
    private static final List<RoadmapWindow> THIRTY_DAY_WINDOWS = List.of(RoadmapWindow.DAYS_1_30,
            RoadmapWindow.DAYS_31_60, RoadmapWindow.DAYS_61_90);

    /** The shipped questionnaire version under test. */
    abstract ScoringScheme scheme();

    /** Seeds differ per questionnaire so the two do not walk the same random stream. */
    abstract long seed();

    private QuestionnaireDefinition definition() {
        return scheme().definition();
    }

    private RandomAnswerSets sets(long offset) {
        return new RandomAnswerSets(definition(), seed() * 100 + offset);
    }

    private AuditResult assemble(Answers answers) {
        return ResultAssembler.assemble(scheme(), answers, AT);
    }

    @Test
    void theGeneratedAnswerSetsAreValid() {
        RandomAnswerSets sets = sets(0);
        for (int i = 0; i < SETS; i++) {
            Answers answers = Answers.of(sets.next());
            assertThat(AnswerValidator.validate(definition(), answers)).as(answers.toString()).isEmpty();
        }
    }

    @Test
    void everyScoreAndPercentIsWithinBounds() {
        RandomAnswerSets sets = sets(1);
        for (int i = 0; i < SETS; i++) {
            AuditResult result = assemble(Answers.of(sets.next()));
            ScoreCard card = result.scoreCard();
            assertThat(card.questions()).allSatisfy(q -> assertThat(q.score()).isBetween(0.0, q.max()));
            for (PillarScore pillar : card.pillars()) {
                assertThat(pillar.summary().score()).isBetween(0.0, pillar.summary().max());
                assertThat(pillar.summary().percent()).isBetween(0.0, 100.0);
            }
            assertThat(card.total().score()).isBetween(0.0, card.total().max());
            assertThat(card.total().percent()).isBetween(0.0, 100.0);
            assertThat(result.strengths()).allSatisfy(h -> assertThat(h.percent()).isBetween(0.0, 100.0));
            assertThat(result.gaps()).allSatisfy(h -> assertThat(h.percent()).isBetween(0.0, 100.0));
            List<LevelGap> levels = new ArrayList<>(result.nextLevel().pillars());
            levels.add(result.nextLevel().total());
            assertThat(levels).allSatisfy(gap -> {
                assertThat(gap.percent()).isBetween(0.0, 100.0);
                assertThat(gap.percentNeeded()).isBetween(0.0, 100.0);
                assertThat(gap.pointsNeeded()).isGreaterThanOrEqualTo(0.0);
            });
            assertThat(result.nextLevel().bestGains()).hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(gain -> assertThat(gain.percentGain()).isBetween(0.01, 100.0));
        }
    }

    @Test
    void answersToHiddenQuestionsNeverChangeAnyScore() {
        RandomAnswerSets sets = sets(2);
        for (int i = 0; i < SETS; i++) {
            Map<QuestionId, AnswerValue> values = sets.next();
            Answers all = Answers.of(values);
            Visibility visibility = Visibility.of(definition(), all);
            Map<QuestionId, AnswerValue> visibleOnly = new LinkedHashMap<>(values);
            visibleOnly.keySet().removeIf(id -> !visibility.isVisible(id));
            assertThat(assemble(Answers.of(visibleOnly)).scoreCard()).isEqualTo(assemble(all).scoreCard());
        }
    }

    @Test
    void theOrderOfAnswersNeverMatters() {
        RandomAnswerSets sets = sets(3);
        for (int i = 0; i < SETS; i++) {
            Map<QuestionId, AnswerValue> values = sets.next();
            List<Map.Entry<QuestionId, AnswerValue>> entries = new ArrayList<>(values.entrySet());
            Collections.shuffle(entries, sets.random());
            Map<QuestionId, AnswerValue> shuffled = new LinkedHashMap<>();
            entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
            assertThat(assemble(Answers.of(shuffled))).isEqualTo(assemble(Answers.of(values)));
        }
    }

    @Test
    void replacingIDontKnowByARealAnswerNeverLowersTheQuestionsScore() {
        List<Question> offering = definition().questions().stream().filter(q -> q.unknownOption().isPresent())
                .toList();
        RandomAnswerSets sets = sets(4);
        int compared = 0;
        for (int i = 0; i < SETS; i++) {
            Map<QuestionId, AnswerValue> values = sets.next();
            for (Question question : offering) {
                double unknown = score(values, question, RandomAnswerSets.unknown(question));
                if (Double.isNaN(unknown)) {
                    continue;  // hidden or not scored in this set
                }
                for (AnswerValue real : realAnswers(question, sets)) {
                    assertThat(score(values, question, real)).as(question.id() + " = " + real)
                            .isGreaterThanOrEqualTo(unknown);
                    compared++;
                }
            }
        }
        // classic offers no "I don't know": the property holds vacuously there
        if (offering.stream().anyMatch(q -> q.pillar() != null)) {
            assertThat(compared).isPositive();
        }
    }

    @Test
    void everyRecommendationIsInTheWindowItNamesAndEveryWindowIsThere() {
        RandomAnswerSets sets = sets(5);
        for (int i = 0; i < SETS; i++) {
            AuditResult result = assemble(Answers.of(sets.next()));
            assertThat(result.resultVersion()).isEqualTo(ResultAssembler.RESULT_VERSION);
            assertThat(result.roadmap()).extracting(RoadmapPhase::window).containsExactly(RoadmapWindow.values());
            assertThat(result.roadmap()).allSatisfy(phase -> assertThat(phase.recommendations())
                    .allSatisfy(r -> assertThat(r.window()).isEqualTo(phase.window())));
            assertThat(result.roadmap()).flatExtracting(RoadmapPhase::recommendations)
                    .containsExactlyInAnyOrderElementsOf(result.recommendations());
        }
    }

    @Test
    void noThirtyDayWindowIsEmptyWhenThereAreThreeRecommendations() {
        RandomAnswerSets sets = sets(6);
        int balanced = 0;
        for (int i = 0; i < SETS; i++) {
            AuditResult result = assemble(Answers.of(sets.next()));
            if (result.recommendations().size() < 3) {
                continue;
            }
            balanced++;
            assertThat(result.roadmap()).filteredOn(phase -> THIRTY_DAY_WINDOWS.contains(phase.window()))
                    .allSatisfy(phase -> assertThat(phase.recommendations()).isNotEmpty());
        }
        assertThat(balanced).isPositive();
    }

    @Test
    void contextQuestionsAreNeverListed() {
        Set<String> context = definition().questions().stream().filter(Question::context)
                .map(q -> q.id().value()).collect(Collectors.toSet());
        assertThat(context).isNotEmpty();
        RandomAnswerSets sets = sets(7);
        for (int i = 0; i < SETS; i++) {
            AuditResult result = assemble(Answers.of(sets.next()));
            List<String> listed = new ArrayList<>();
            result.strengths().stream().filter(h -> h.kind().equals(Highlight.QUESTION)).map(Highlight::id)
                    .forEach(listed::add);
            result.gaps().stream().filter(h -> h.kind().equals(Highlight.QUESTION)).map(Highlight::id)
                    .forEach(listed::add);
            result.recommendations().stream().map(r -> r.question().value()).forEach(listed::add);
            result.knowledgeGaps().stream().map(g -> g.question().value()).forEach(listed::add);
            result.nextLevel().bestGains().stream().map(g -> g.question().value()).forEach(listed::add);
            assertThat(listed).doesNotContainAnyElementsOf(context);
        }
    }

    @Test
    void everyKnowledgeGapIsAVisibleIDontKnowWithItsFindOutAdvice() {
        RandomAnswerSets sets = sets(8);
        for (int i = 0; i < SETS; i++) {
            Answers answers = Answers.of(sets.next());
            AuditResult result = assemble(answers);
            Visibility visibility = Visibility.of(definition(), answers);
            List<QuestionId> expected = visibility.visibleQuestions().stream()
                    .filter(q -> !q.context() && ResultAssembler.isUnknown(q, answers.valueOrNull(q.id())))
                    .map(Question::id).toList();
            assertThat(result.knowledgeGaps()).extracting(KnowledgeGap::question).containsExactlyElementsOf(expected);
            assertThat(result.recommendations()).filteredOn(r -> r.kind() == Recommendation.Kind.FIND_OUT)
                    .extracting(Recommendation::question).containsExactlyInAnyOrderElementsOf(expected);
            Set<String> unknown = expected.stream().map(QuestionId::value).collect(Collectors.toSet());
            assertThat(result.strengths()).allSatisfy(h -> assertThat(unknown).doesNotContain(h.id()));
            assertThat(result.gaps()).allSatisfy(h -> assertThat(unknown).doesNotContain(h.id()));
            assertThat(result.recommendations()).filteredOn(r -> r.kind() == Recommendation.Kind.IMPROVE)
                    .allSatisfy(r -> assertThat(unknown).doesNotContain(r.question().value()));
            assertThat(result.nextLevel().bestGains()).extracting(AnswerGain::percentGain)
                    .isSortedAccordingTo(Collections.reverseOrder());
        }
    }

    /** The question's score with this answer in place, or NaN when it is hidden or not scored. */
    private double score(Map<QuestionId, AnswerValue> values, Question question, AnswerValue answer) {
        Map<QuestionId, AnswerValue> changed = new LinkedHashMap<>(values);
        changed.put(question.id(), answer);
        return scheme().score(Answers.of(changed)).questions().stream()
                .filter(q -> q.question().equals(question.id())).mapToDouble(QuestionScore::score)
                .findFirst().orElse(Double.NaN);
    }

    /** Every single real option, and one random valid real answer. */
    private static List<AnswerValue> realAnswers(Question question, RandomAnswerSets sets) {
        List<AnswerValue> answers = new ArrayList<>();
        for (AnswerOption option : question.options()) {
            if (!option.unknown()) {
                answers.add(question.type() == QuestionType.MULTI_SELECT
                        ? new AnswerValue.Choices(List.of(option.id())) : new AnswerValue.Choice(option.id()));
            }
        }
        answers.add(sets.realAnswer(question));
        return answers;
    }
}
