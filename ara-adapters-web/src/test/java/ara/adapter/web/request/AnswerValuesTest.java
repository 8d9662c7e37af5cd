package ara.adapter.web.request;

import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.ProblemType;
import ara.adapter.web.problem.RequestRejected;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void mapsEachJsonShapeToItsAnswer() throws Exception {
        List<FieldError> problems = new ArrayList<>();

        assertThat(AnswerValues.fromJson(json("\"x\""), "value", problems)).contains(new AnswerValue.Text("x"));
        assertThat(AnswerValues.fromJson(json("[\"a\",\"b\"]"), "value", problems))
                .contains(new AnswerValue.Choices(List.of("a", "b")));
        assertThat(AnswerValues.fromJson(json("[]"), "value", problems)).contains(new AnswerValue.Choices(List.of()));
        assertThat(AnswerValues.fromJson(json("2.5"), "value", problems)).contains(new AnswerValue.Number(2.5));
        assertThat(AnswerValues.fromJson(json("false"), "value", problems)).contains(new AnswerValue.Flag(false));
        assertThat(problems).isEmpty();
    }

    @Test
    void namesTheFieldOfEveryValueItCannotMap() throws Exception {
        List<FieldError> problems = new ArrayList<>();

        AnswerValues.fromJson(json("null"), "value", problems);
        AnswerValues.fromJson(json("{}"), "value", problems);
        AnswerValues.fromJson(json("[1]"), "value", problems);
        AnswerValues.fromJson(null, "value", problems);

        assertThat(problems).extracting(p -> p.field() + " " + p.rule()).containsExactly("value wrong_type",
                "value wrong_type", "value wrong_type", "value required");
    }

    @Test
    void readsAnswersByQuestionIdAndReportsBadKeysUnderTheirPath() throws Exception {
        List<FieldError> problems = new ArrayList<>();

        Answers answers = AnswerValues.answersFromJson(json("{\"a\": 1, \"Bad\": 2, \"c\": null}"), "answers",
                problems);

        assertThat(answers.asMap()).containsOnlyKeys(QuestionId.of("a"));
        assertThat(problems).extracting(FieldError::field).containsExactly("answers.Bad", "answers.c");
    }

    @Test
    void writesWholeNumbersWithoutAFraction() {
        assertThat(AnswerValues.toJson(new AnswerValue.Number(3))).isEqualTo(3L);
        assertThat(AnswerValues.toJson(new AnswerValue.Number(3.25))).isEqualTo(3.25);
        assertThat(AnswerValues.toJson(new AnswerValue.Choice("x"))).isEqualTo("x");
    }

    @Test
    void listsAnswersInWizardOrderWhateverOrderTheyWereStoredIn() {
        QuestionnaireDefinition definition = QuestionnaireDefinition.of(QuestionnaireId.of("order"), 1, "Order", "",
                1, List.of(new Step(StepId.of("s"), "S", "", 1, 1, List.of(flag("first"), flag("second"), flag("third")),
                        null)), List.of(new Pillar(PillarId.of("p"), "P", "")), List.of());
        Map<QuestionId, AnswerValue> stored = new LinkedHashMap<>();
        stored.put(QuestionId.of("third"), new AnswerValue.Flag(false));
        stored.put(QuestionId.of("orphan"), new AnswerValue.Flag(true));
        stored.put(QuestionId.of("first"), new AnswerValue.Flag(true));

        assertThat(AnswerValues.toJson(Answers.of(stored), definition).keySet())
                .containsExactly("first", "third", "orphan");
    }

    private static Question flag(String id) {
        return new Question(QuestionId.of(id), StepId.of("s"), QuestionType.YES_NO, id, "", "", false, List.of(),
                null, null, null, null, null);
    }

    @Test
    void treatsMalformedJsonAsABadRequest() {
        assertThatThrownBy(() -> Requests.parseJson("{\"a\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RequestRejected.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST));
        assertThat(Requests.parseJson("  ".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
