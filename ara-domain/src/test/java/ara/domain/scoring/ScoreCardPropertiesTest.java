package ara.domain.scoring;

import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswerArbitraries;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.questionnaire.QuestionId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of scoring that hold for any valid answers to the classic questionnaire, complete or partial. */
class ScoreCardPropertiesTest {

    private static final ScoringScheme SCHEME = ClassicQuestionnaire.scheme();

    @Provide
    Arbitrary<Answers> validAnswers() {
        return AnswerArbitraries.validAnswers(ClassicQuestionnaire.definition());
    }

    /** The same answers twice: inserted in another order, with the options of each multi select reordered. */
    @Provide
    Arbitrary<Tuple2<Answers, Answers>> sameAnswersInTwoOrders() {
        return validAnswers().flatMap(answers -> Arbitraries.shuffle(new ArrayList<>(answers.asMap().keySet()))
                .map(order -> Tuple.of(answers, reordered(answers, order))));
    }

    @Property
    void generatesOnlyValidAnswers(@ForAll("validAnswers") Answers answers) {
        assertThat(AnswerValidator.validate(ClassicQuestionnaire.definition(), answers)).isEmpty();
        Statistics.label("completeness").collect(answers.size() == 16 ? "complete" : "partial");
        Statistics.label("completeness").coverage(coverage -> {
            coverage.check("complete").percentage(p -> p > 10);
            coverage.check("partial").percentage(p -> p > 30);
        });
    }

    @Property
    void everyQuestionScoresFromZeroToTen(@ForAll("validAnswers") Answers answers) {
        ScoreCard card = SCHEME.score(answers);

        assertThat(card.questions()).hasSize(16).allSatisfy(q -> {
            assertThat(q.score()).isBetween(0.0, 10.0);
            assertThat(q.max()).isEqualTo(10.0);
            assertThat(q.answered()).isEqualTo(answers.has(q.question()));
            if (!q.answered()) {
                assertThat(q.score()).isZero();
            }
        });
        Statistics.label("profile").collect(card.profileId());
        Statistics.label("profile").coverage(coverage -> {
            coverage.check("default").count(n -> n > 0);
            coverage.check("enterprise").count(n -> n > 0);
            coverage.check("startup").count(n -> n > 0);
        });
    }

    @Property
    void pillarAndTotalScoresStayWithinTheirMaximaAndPercentsWithinAHundred(
            @ForAll("validAnswers") Answers answers) {
        ScoreCard card = SCHEME.score(answers);

        assertThat(card.pillars()).hasSize(4).allSatisfy(pillar -> assertWithin(pillar.summary()));
        assertWithin(card.total());
        assertWithin(card.potential());
        assertThat(card.potential().max()).isEqualTo(card.total().max());
    }

    @Property
    void potentialIsNeverBelowTheTotal(@ForAll("validAnswers") Answers answers) {
        ScoreCard card = SCHEME.score(answers);

        assertThat(card.potential().score()).isGreaterThanOrEqualTo(card.total().score());
        assertThat(card.potential().percent()).isGreaterThanOrEqualTo(card.total().percent());
    }

    @Property
    void potentialEqualsTheTotalOnceEveryQuestionIsAnswered(
            @ForAll("validAnswers") Answers answers) {
        ScoreCard card = SCHEME.score(answers);

        if (answers.size() == 16) {
            assertThat(card.potential()).isEqualTo(card.total());
            assertThat(card.missingCritical()).isEmpty();
        }
    }

    @Property
    void missingCriticalQuestionsAreUnansweredRequiredAndHeavy(@ForAll("validAnswers") Answers answers) {
        ScoreCard card = SCHEME.score(answers);
        ScoringProfile profile = SCHEME.models().get(card.profileId()).profile();

        for (QuestionScore question : card.questions()) {
            boolean critical = !question.answered()
                    && ClassicQuestionnaire.definition().question(question.question()).orElseThrow().required()
                    && profile.scoring(question.question()).orElseThrow().weight() > ScoreCard.CRITICAL_WEIGHT;
            assertThat(card.missingCritical().contains(question.question())).as(question.question().value())
                    .isEqualTo(critical);
        }
    }

    @Property
    void scoringDoesNotDependOnTheOrderOfAnswersOrOfSelectedOptions(
            @ForAll("sameAnswersInTwoOrders") Tuple2<Answers, Answers> twoOrders) {
        Answers original = twoOrders.get1();
        Answers reordered = twoOrders.get2();
        assertThat(reordered.asMap().keySet()).containsExactlyInAnyOrderElementsOf(original.asMap().keySet());
        Statistics.label("insertion order").collect(
                List.copyOf(original.asMap().keySet()).equals(List.copyOf(reordered.asMap().keySet()))
                        ? "same" : "different");
        Statistics.label("insertion order").coverage(coverage -> coverage.check("different").percentage(p -> p > 50));

        assertThat(SCHEME.score(reordered)).isEqualTo(SCHEME.score(original));
    }

    private static void assertWithin(ScoreSummary summary) {
        assertThat(summary.score()).isBetween(0.0, summary.max());
        assertThat(summary.percent()).isBetween(0.0, 100.0);
    }

    /** The answers in the given question order, the options of each multi select reversed. */
    private static Answers reordered(Answers answers, List<QuestionId> order) {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        for (QuestionId question : order) {
            AnswerValue value = answers.asMap().get(question);
            if (value instanceof AnswerValue.Choices choices) {
                value = new AnswerValue.Choices(choices.optionIds().reversed());
            }
            values.put(question, value);
        }
        return Answers.of(values);
    }
}
