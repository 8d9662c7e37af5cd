package ara.domain.history;

import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;

import static ara.domain.fixture.Definitions.definition;
import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;

class RetakePlanTest {
    private static final QuestionnaireDefinition EARLIER = definition(
            single("kept", "a", "b").build(),
            single("option_removed", "a", "b").build(),
            single("retyped", "a", "b").build(),
            multi("subset_valid", "x", "y", "z").build(),
            question("gone", QuestionType.TEXT_INPUT).build(),
            scale("unanswered").build());
    private static final QuestionnaireDefinition CURRENT = definition(
            single("kept", "a", "b").build(),
            single("option_removed", "a").build(),
            question("retyped", QuestionType.TEXT_INPUT).build(),
            multi("subset_valid", "x", "y").build(),
            scale("unanswered").build(),
            question("brand_new", QuestionType.TEXT_INPUT).build());

    @Test
    void carriesAnswersWhoseQuestionKeepsItsTypeAndAcceptsTheValue() {
        Answers earlier = AnswersBuilder.answers().choice("kept", "b").choice("option_removed", "b")
                .choice("retyped", "a").choices("subset_valid", "x", "z").text("gone", "legacy").build();

        RetakePlan plan = RetakePlan.of(EARLIER, earlier, CURRENT);

        assertThat(plan.carried().asMap()).containsOnlyKeys(QuestionId.of("kept"));
        assertThat(plan.leftEmpty()).extracting(QuestionId::toString)
                .containsExactly("option_removed", "retyped", "subset_valid", "unanswered", "brand_new");
        assertThat(plan.notCarried()).extracting(QuestionId::toString)
                .containsExactly("gone", "option_removed", "retyped", "subset_valid");
    }

    @Test
    void theSameVersionCarriesEveryAnswer() {
        Answers worked = ClassicQuestionnaire.workedAnswers();

        RetakePlan plan = RetakePlan.of(ClassicQuestionnaire.definition(), worked,
                ClassicQuestionnaire.definition());

        assertThat(plan.carried()).isEqualTo(worked);
        assertThat(plan.notCarried()).isEmpty();
        assertThat(plan.leftEmpty()).hasSize(ClassicQuestionnaire.definition().questions().size() - worked.size());
    }

    @Test
    void nothingToCarryLeavesEveryQuestionEmpty() {
        RetakePlan plan = RetakePlan.of(EARLIER, Answers.none(), CURRENT);

        assertThat(plan.carried().isEmpty()).isTrue();
        assertThat(plan.leftEmpty()).hasSize(CURRENT.questions().size());
    }
}
