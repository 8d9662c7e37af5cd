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
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random valid answer sets of full v1 (seeded, so every run checks the same sets): scores stay in bounds, hidden
 * answers and the order of answers never change a score, and "I don't know" never scores above a real answer.
 */
class FullAnswerSetsTest {
    private static final ScoringScheme SCHEME = FullQuestionnaireTest.SCHEME;
    private static final QuestionnaireDefinition FULL = SCHEME.definition();
    private static final int SETS = 200;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 16, 2026})
    void randomAnswerSetsAreValidAndScoreWithinBounds(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < SETS; i++) {
            Answers answers = Answers.of(randomAnswers(random));
            assertThat(AnswerValidator.validate(FULL, answers)).as(answers.toString()).isEmpty();
            ScoreCard card = SCHEME.score(answers);
            assertThat(card.questions()).allSatisfy(q -> assertThat(q.score()).isBetween(0.0, 10.0));
            for (PillarScore pillar : card.pillars()) {
                assertThat(pillar.summary().score()).isBetween(0.0, pillar.summary().max());
                assertThat(pillar.summary().percent()).isBetween(0.0, 100.0);
            }
            assertThat(card.total().score()).isBetween(0.0, card.total().max());
            assertThat(card.total().percent()).isBetween(0.0, 100.0);
            assertThat(card.potential().score()).isBetween(card.total().score(), card.total().max());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void hiddenAnswersNeverChangeAScore(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < SETS; i++) {
            Map<QuestionId, AnswerValue> values = randomAnswers(random);
            Answers all = Answers.of(values);
            Visibility visibility = Visibility.of(FULL, all);
            Map<QuestionId, AnswerValue> visibleOnly = new LinkedHashMap<>(values);
            visibleOnly.keySet().removeIf(id -> !visibility.isVisible(id));
            assertThat(SCHEME.score(Answers.of(visibleOnly))).isEqualTo(SCHEME.score(all));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void theOrderOfAnswersNeverMatters(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < SETS; i++) {
            Map<QuestionId, AnswerValue> values = randomAnswers(random);
            List<Map.Entry<QuestionId, AnswerValue>> entries = new ArrayList<>(values.entrySet());
            Collections.shuffle(entries, random);
            Map<QuestionId, AnswerValue> shuffled = new LinkedHashMap<>();
            entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
            assertThat(SCHEME.score(Answers.of(shuffled))).isEqualTo(SCHEME.score(Answers.of(values)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {10, 11})
    void anUnknownAnswerNeverScoresAboveARealOne(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < SETS / 4; i++) {
            Map<QuestionId, AnswerValue> values = randomAnswers(random);
            for (Question question : FULL.questions()) {
                // regulated_data offers "I don't know" but is not scored (it chooses the profile).
                if (question.pillar() == null || question.unknownOption().isEmpty()
                        || !Visibility.of(FULL, Answers.of(values))
                        .isVisible(question.id())) {
                    continue;
                }
                double unknown = score(values, question, unknownAnswer(question));
                assertThat(unknown).as(question.id().value()).isZero();
                for (AnswerOption option : question.options()) {
                    if (!option.unknown()) {
                        AnswerValue real = question.type() == QuestionType.MULTI_SELECT
                                ? new AnswerValue.Choices(List.of(option.id())) : new AnswerValue.Choice(option.id());
                        assertThat(score(values, question, real)).as(question.id() + "=" + option.id())
                                .isGreaterThanOrEqualTo(unknown);
                    }
                }
            }
        }
    }

    private static double score(Map<QuestionId, AnswerValue> values, Question question, AnswerValue answer) {
        Map<QuestionId, AnswerValue> changed = new LinkedHashMap<>(values);
        changed.put(question.id(), answer);
        return SCHEME.score(Answers.of(changed)).questions().stream()
                .filter(q -> q.question().equals(question.id())).mapToDouble(QuestionScore::score)
                .findFirst().orElseThrow();
    }

    private static AnswerValue unknownAnswer(Question question) {
        String id = question.unknownOption().orElseThrow().id();
        return question.type() == QuestionType.MULTI_SELECT
                ? new AnswerValue.Choices(List.of(id)) : new AnswerValue.Choice(id);
    }

    /** A valid answer for most questions (about one in ten left out), whatever the visibility. */
    static Map<QuestionId, AnswerValue> randomAnswers(Random random) {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        for (Question question : FULL.questions()) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            values.put(question.id(), randomAnswer(question, random));
        }
        return values;
    }

    private static AnswerValue randomAnswer(Question question, Random random) {
        List<AnswerOption> options = question.options();
        return switch (question.type()) {
            case SINGLE_SELECT -> new AnswerValue.Choice(options.get(random.nextInt(options.size())).id());
            case MULTI_SELECT -> {
                List<AnswerOption> exclusive = options.stream().filter(AnswerOption::exclusive).toList();
                if (!exclusive.isEmpty() && random.nextInt(4) == 0) {
                    yield new AnswerValue.Choices(List.of(exclusive.get(random.nextInt(exclusive.size())).id()));
                }
                List<String> picked = new ArrayList<>();
                List<AnswerOption> plain = options.stream().filter(option -> !option.exclusive()).toList();
                for (AnswerOption option : plain) {
                    if (random.nextBoolean()) {
                        picked.add(option.id());
                    }
                }
                if (picked.isEmpty()) {
                    picked.add(plain.get(random.nextInt(plain.size())).id());
                }
                yield new AnswerValue.Choices(picked);
            }
            case SCALE_RATING, NUMBER_INPUT, PERCENTAGE -> new AnswerValue.Number(
                    (int) question.minimum() + random.nextInt((int) (question.maximum() - question.minimum()) + 1));
            case YES_NO -> new AnswerValue.Flag(random.nextBoolean());
            case TEXT_INPUT -> new AnswerValue.Text("note " + random.nextInt(1000));
        };
    }
}
