package ara.domain.answer;

import ara.domain.fixture.AnswersBuilder;
import ara.domain.questionnaire.QuestionId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswersTest {

    private static final QuestionId A = QuestionId.of("a");
    private static final QuestionId B = QuestionId.of("b");

    @Test
    void keepsTheOrderAnswersWereGivenIn() {
        Answers answers = AnswersBuilder.answers().number("b", 1).number("a", 2).number("c", 3).build();

        assertThat(answers.asMap().keySet()).extracting(QuestionId::value).containsExactly("b", "a", "c");
    }

    @Test
    void returnsNewAnswersAndLeavesTheOriginalUntouched() {
        Answers original = Answers.none().with(A, new AnswerValue.Number(1));

        Answers changed = original.with(B, new AnswerValue.Number(2)).without(A);

        assertThat(original.asMap()).containsOnlyKeys(A);
        assertThat(changed.asMap()).containsOnlyKeys(B);
        assertThat(changed.get(A)).isEmpty();
        assertThat(changed.valueOrNull(A)).isNull();
        assertThat(original.without(B)).isSameAs(original);
    }

    @Test
    void replacesAnAnswerToTheSameQuestion() {
        Answers answers = Answers.none().with(A, new AnswerValue.Number(1)).with(A, new AnswerValue.Number(2));

        assertThat(answers.get(A)).contains(new AnswerValue.Number(2));
        assertThat(answers.size()).isEqualTo(1);
    }

    @Test
    void mergesAnswersWithTheNewerOnesWinning() {
        Answers first = AnswersBuilder.answers().number("a", 1).number("b", 1).build();
        Answers second = AnswersBuilder.answers().number("b", 2).build();

        assertThat(first.withAll(second).get(B)).contains(new AnswerValue.Number(2));
        assertThat(first.withAll(second).get(A)).contains(new AnswerValue.Number(1));
    }

    @Test
    void isEqualForTheSameAnswersInAnyOrder() {
        Answers one = AnswersBuilder.answers().number("a", 1).flag("b", true).build();
        Answers other = AnswersBuilder.answers().flag("b", true).number("a", 1).build();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }

    @Test
    void isNotChangedByTheMapItWasMadeFrom() {
        Map<QuestionId, AnswerValue> source = new HashMap<>(Map.of(A, new AnswerValue.Number(1)));
        Answers answers = Answers.of(source);
        source.put(B, new AnswerValue.Number(2));

        assertThat(answers.has(B)).isFalse();
        assertThatThrownBy(() -> answers.asMap().put(B, new AnswerValue.Number(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesTheSelectedOptions() {
        List<String> options = new ArrayList<>(List.of("x"));
        AnswerValue.Choices choices = new AnswerValue.Choices(options);
        options.add("y");

        assertThat(choices.optionIds()).containsExactly("x");
    }

    @Test
    void rejectsMissingAnswers() {
        Map<QuestionId, AnswerValue> withNull = new HashMap<>();
        withNull.put(A, null);

        assertThatThrownBy(() -> Answers.of(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("answer to a");
        assertThat(Answers.none().isEmpty()).isTrue();
    }
}
