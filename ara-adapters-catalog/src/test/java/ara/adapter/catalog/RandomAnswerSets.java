package ara.adapter.catalog;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test fixture: random valid answer sets of a questionnaire from a seeded {@link Random} (so every run checks the
 * same sets). Each question is answered nine times in ten whatever its visibility; "I don't know" is picked one time
 * in four where a question offers it; selections respect the question's limits and exclusive options. Text
 * questions with a pattern are not supported (the shipped questionnaires have none).
 */
final class RandomAnswerSets {
    private final QuestionnaireDefinition definition;
    private final Random random;

    RandomAnswerSets(QuestionnaireDefinition definition, long seed) {
        this.definition = definition;
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    Map<QuestionId, AnswerValue> next() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        for (Question question : definition.questions()) {
            if (random.nextInt(10) != 0) {
                values.put(question.id(), answer(question));
            }
        }
        return values;
    }

    /** A valid answer to the question. */
    AnswerValue answer(Question question) {
        if (question.unknownOption().isPresent() && random.nextInt(4) == 0) {
            return unknown(question);
        }
        return realAnswer(question);
    }

    /** A valid answer that is not "I don't know". */
    AnswerValue realAnswer(Question question) {
        List<AnswerOption> real = question.options().stream().filter(option -> !option.unknown()).toList();
        return switch (question.type()) {
            case SINGLE_SELECT -> new AnswerValue.Choice(real.get(random.nextInt(real.size())).id());
            case MULTI_SELECT -> selections(question, real);
            case SCALE_RATING -> new AnswerValue.Number(
                    (int) question.minimum() + random.nextInt((int) (question.maximum() - question.minimum()) + 1));
            case NUMBER_INPUT, PERCENTAGE -> new AnswerValue.Number(random.nextBoolean()
                    ? question.minimum() + random.nextDouble() * (question.maximum() - question.minimum())
                    : (random.nextBoolean() ? question.minimum() : question.maximum()));
            case YES_NO -> new AnswerValue.Flag(random.nextBoolean());
            case TEXT_INPUT -> new AnswerValue.Text("note " + random.nextInt(1000));
        };
    }

    static AnswerValue unknown(Question question) {
        String id = question.unknownOption().orElseThrow().id();
        return question.type() == QuestionType.MULTI_SELECT
                ? new AnswerValue.Choices(List.of(id)) : new AnswerValue.Choice(id);
    }

    /** One exclusive option alone, or an allowed number of the others in any order. */
    private AnswerValue selections(Question question, List<AnswerOption> real) {
        List<AnswerOption> exclusive = real.stream().filter(AnswerOption::exclusive).toList();
        List<AnswerOption> plain = real.stream().filter(option -> !option.exclusive()).toList();
        int fewest = question.validation().fewestSelections().orElse(question.required() ? 1 : 0);
        int most = Math.min(question.validation().mostSelections().orElse(plain.size()), plain.size());
        if (!exclusive.isEmpty() && fewest <= 1 && random.nextInt(5) == 0) {
            return new AnswerValue.Choices(List.of(exclusive.get(random.nextInt(exclusive.size())).id()));
        }
        List<String> shuffled = new ArrayList<>(plain.stream().map(AnswerOption::id).toList());
        Collections.shuffle(shuffled, random);
        int count = fewest + random.nextInt(most - fewest + 1);
        return new AnswerValue.Choices(shuffled.subList(0, count));
    }
}
