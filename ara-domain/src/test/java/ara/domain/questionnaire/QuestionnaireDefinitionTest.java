package ara.domain.questionnaire;

import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.domain.fixture.Definitions.definition;
import static ara.domain.fixture.Definitions.pillar;
import static ara.domain.fixture.Definitions.skippableStep;
import static ara.domain.fixture.Definitions.step;
import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuestionnaireDefinitionTest {

    private static final List<Pillar> ONE_PILLAR = List.of(pillar(Definitions.PILLAR));

    @Test
    void buildsTheClassicQuestionnaire() {
        QuestionnaireDefinition classic = ClassicQuestionnaire.definition();

        assertThat(classic.id()).isEqualTo(QuestionnaireId.of("classic"));
        assertThat(classic.version()).isEqualTo(1);
        assertThat(classic.steps()).extracting(s -> s.id().value()).containsExactly("organization_overview",
                "technical_infrastructure", "development_practices", "security_compliance", "operations_monitoring");
        assertThat(classic.questions()).hasSize(16);
        assertThat(classic.pillars()).hasSize(4);
        assertThat(classic.crossChecks()).extracting(CrossCheck::id).containsExactly("startup_with_microservices",
                "healthcare_without_hipaa", "regulated_data_without_controls");
        assertThat(classic.questions()).allSatisfy(q -> assertThat(q.improvementAdvice()).isPresent());
    }

    @Test
    void listsQuestionsInWizardOrderWithTheirPositions() {
        QuestionnaireDefinition classic = ClassicQuestionnaire.definition();

        assertThat(classic.questions().getFirst().id().value()).isEqualTo("company_size");
        assertThat(classic.questions().getLast().id().value()).isEqualTo("incident_response");
        assertThat(classic.position(QuestionId.of("company_size"))).isZero();
        assertThat(classic.position(QuestionId.of("tech_stack_maturity"))).isEqualTo(3);
        assertThat(classic.position(QuestionId.of("incident_response"))).isEqualTo(15);
        assertThat(classic.position(QuestionId.of("ghost"))).isEqualTo(-1);
        assertThat(classic.question(QuestionId.of("ghost"))).isEmpty();
        assertThat(classic.pillar(PillarId.of("ghost"))).isEmpty();
        assertThat(classic.step(StepId.of("security_compliance"))).get().extracting(Step::order).isEqualTo(4);
    }

    @Test
    void ordersStepsByTheirOrderNotByHowTheyAreListed() {
        QuestionnaireDefinition definition = definition(
                step("late", 20, scale("b").inStep("late").build()),
                step("early", 10, scale("a").inStep("early").build()));

        assertThat(definition.steps()).extracting(s -> s.id().value()).containsExactly("early", "late");
        assertThat(definition.questions()).extracting(q -> q.id().value()).containsExactly("a", "b");
    }

    @Test
    void rejectsAVersionBelowOne() {
        assertThatThrownBy(() -> QuestionnaireDefinition.of(Definitions.ID, 0, "T", "", 1,
                List.of(step("s1", 1, scale("q").build())), ONE_PILLAR, List.of()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessage("questionnaire test v0: version must be >= 1");
    }

    @Test
    void rejectsABlankTitle() {
        assertThatThrownBy(() -> QuestionnaireDefinition.of(Definitions.ID, 1, " ", "", 1,
                List.of(step("s1", 1, scale("q").build())), ONE_PILLAR, List.of()))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("title must not be blank");
    }

    @Test
    void rejectsNegativeEstimatedMinutes() {
        assertThatThrownBy(() -> QuestionnaireDefinition.of(Definitions.ID, 1, "T", "", -1,
                List.of(step("s1", 1, scale("q").build())), ONE_PILLAR, List.of()))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("estimatedMinutes must be >= 0");
    }

    @Test
    void rejectsADefinitionWithoutStepsOrPillars() {
        assertThatThrownBy(() -> QuestionnaireDefinition.of(Definitions.ID, 1, "T", "", 1, List.of(), ONE_PILLAR,
                List.of()))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("needs at least one step");
        assertThatThrownBy(() -> QuestionnaireDefinition.of(Definitions.ID, 1, "T", "", 1,
                List.of(step("s1", 1, scale("q").build())), List.of(), List.of()))
                .isInstanceOf(InvalidQuestionnaire.class).hasMessageContaining("needs at least one pillar");
    }

    @Test
    void rejectsAPillarDefinedTwice() {
        assertThatThrownBy(() -> definition(List.of(pillar("p"), pillar("q"), pillar("p")), List.of(),
                step("s1", 1, scale("q").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessage("questionnaire test v1: pillar p is defined twice");
    }

    @Test
    void rejectsAStepDefinedTwice() {
        assertThatThrownBy(() -> definition(step("s1", 1, scale("a").build()), step("s1", 2, scale("b").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s1 is defined twice");
    }

    @Test
    void rejectsTwoStepsWithTheSameOrder() {
        assertThatThrownBy(() -> definition(step("s1", 1, scale("a").build()),
                step("s2", 1, scale("b").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s2 has the same order (1) as another step");
    }

    @Test
    void rejectsAQuestionIdUsedTwiceInOneStep() {
        assertThatThrownBy(() -> definition(scale("q").build(), scale("q").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q appears more than once");
    }

    @Test
    void rejectsAQuestionIdUsedInTwoSteps() {
        assertThatThrownBy(() -> definition(step("s1", 1, scale("q").build()),
                step("s2", 2, scale("q").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q appears more than once");
    }

    @Test
    void rejectsAQuestionListedInAStepOtherThanItsOwn() {
        assertThatThrownBy(() -> definition(step("s1", 1, scale("a").build()),
                step("s2", 2, scale("b").inStep("s1").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question b says it belongs to step s1 but is listed in step s2");
    }

    @Test
    void rejectsAQuestionOfAnUnknownPillar() {
        assertThatThrownBy(() -> definition(scale("q").pillar("ghost").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q refers to unknown pillar ghost");
    }

    @Test
    void acceptsAQuestionWithoutPillar() {
        assertThat(definition(scale("q").build()).question(QuestionId.of("q")).orElseThrow().scoredPillar())
                .isEmpty();
    }

    @Test
    void rejectsASelectWithoutOptions() {
        assertThatThrownBy(() -> definition(single("q").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q is a single_select and needs at least one option");
        assertThatThrownBy(() -> definition(multi("m").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question m is a multi_select and needs at least one option");
    }

    @Test
    void rejectsAnOptionDefinedTwice() {
        assertThatThrownBy(() -> definition(single("q", "a", "b", "a").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: option a is defined twice");
    }

    @Test
    void rejectsANegativeOrNonFiniteOptionWeight() {
        assertThatThrownBy(() -> definition(question("q", QuestionType.SINGLE_SELECT).option("a", 1)
                .option("b", -0.5).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: option b has weight -0.5 (must be >= 0)");
        assertThatThrownBy(() -> definition(question("q", QuestionType.MULTI_SELECT)
                .option("a", Double.NaN).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: option a has weight NaN");
        assertThatThrownBy(() -> definition(question("q", QuestionType.MULTI_SELECT)
                .option("a", Double.POSITIVE_INFINITY).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("option a has weight Infinity");
    }

    @Test
    void acceptsAZeroOptionWeight() {
        assertThat(definition(question("q", QuestionType.MULTI_SELECT).option("a", 1).exclusiveOption("none", 0)
                .build()).questions()).hasSize(1);
    }

    @Test
    void rejectsOptionsOnAQuestionThatIsNotASelect() {
        for (QuestionType type : List.of(QuestionType.SCALE_RATING, QuestionType.YES_NO, QuestionType.PERCENTAGE,
                QuestionType.NUMBER_INPUT, QuestionType.TEXT_INPUT)) {
            assertThatThrownBy(() -> definition(question("q", type).option("a", 1).build()))
                    .isInstanceOf(InvalidQuestionnaire.class)
                    .hasMessageContaining("question q is a " + type.code() + " and must not have options");
        }
    }

    @Test
    void rejectsSelectionLimitsOnAQuestionThatIsNotAMultiSelect() {
        assertThatThrownBy(() -> definition(single("q", "a", "b").validation(Validation.selections(1, 1)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: minSelections/maxSelections apply only to multi_select");
        assertThatThrownBy(() -> definition(scale("q").validation(Validation.selections(null, 2)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: minSelections/maxSelections apply only to multi_select");
    }

    @Test
    void rejectsAnExclusiveOptionOnASingleSelect() {
        assertThatThrownBy(() -> definition(question("q", QuestionType.SINGLE_SELECT).option("a", 1)
                .exclusiveOption("none", 0).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: exclusive options apply only to multi_select");
    }

    @Test
    void rejectsSelectionLimitsThatCannotBeMet() {
        assertThatThrownBy(() -> definition(multi("q", "a", "b", "c").validation(Validation.selections(3, 2)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: selections must satisfy")
                .hasMessageContaining("got 3..2");
        assertThatThrownBy(() -> definition(multi("q", "a", "b").validation(Validation.selections(null, 3)).build()))
                .hasMessageContaining("number of options (2), got 0..3");
        assertThatThrownBy(() -> definition(multi("q", "a", "b").validation(Validation.selections(0, 0)).build()))
                .hasMessageContaining("got 0..0");
        assertThatThrownBy(() -> definition(multi("q", "a", "b").validation(Validation.selections(-1, null)).build()))
                .hasMessageContaining("got -1..2");
        assertThatThrownBy(() -> definition(multi("q", "a", "b").validation(Validation.selections(3, null)).build()))
                .hasMessageContaining("got 3..2");
    }

    @Test
    void acceptsSelectionLimitsWithinTheOptions() {
        assertThat(definition(multi("q", "a", "b", "c").validation(Validation.selections(1, 3)).build())
                .questions()).hasSize(1);
    }

    @Test
    void rejectsANumericRangeWhoseMinIsNotBelowItsMax() {
        assertThatThrownBy(() -> definition(question("q", QuestionType.NUMBER_INPUT)
                .validation(Validation.range(10, 1)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: validation min (10.0) must be less than max (1.0)");
        assertThatThrownBy(() -> definition(scale("q").validation(Validation.range(5, 5)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: validation min (5.0) must be less than max (5.0)");
        // a scale's default maximum is 10
        assertThatThrownBy(() -> definition(question("q", QuestionType.SCALE_RATING)
                .validation(new Validation(10.0, null, null, null, null, null)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("validation min (10.0) must be less than max (10.0)");
        assertThatThrownBy(() -> definition(question("q", QuestionType.PERCENTAGE)
                .validation(new Validation(null, -5.0, null, null, null, null)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("validation min (0.0) must be less than max (-5.0)");
    }

    @Test
    void rejectsANumericRangeOnAQuestionThatIsNotNumeric() {
        assertThatThrownBy(() -> definition(single("q", "a").validation(Validation.range(1, 2)).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: min/max apply only to numeric questions");
        assertThatThrownBy(() -> definition(question("q", QuestionType.YES_NO).validation(Validation.range(0, 1))
                .build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: min/max apply only to numeric questions");
    }

    @Test
    void rejectsATextLimitOnAQuestionThatIsNotATextInput() {
        assertThatThrownBy(() -> definition(scale("q").validation(new Validation(1.0, 10.0, null, null, 20, null))
                .build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: maxLength/pattern apply only to text_input");
        assertThatThrownBy(() -> definition(single("q", "a").validation(Validation.text(null, "[a-z]+")).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: maxLength/pattern apply only to text_input");
    }

    @Test
    void rejectsATextLengthLimitBelowOne() {
        assertThatThrownBy(() -> definition(question("q", QuestionType.TEXT_INPUT).validation(Validation.text(0, null))
                .build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q: maxLength must be > 0");
    }

    @Test
    void rejectsARuleReadingAnUnknownQuestion() {
        assertThatThrownBy(() -> definition(scale("q").showIf(Condition.equalTo("ghost", "x")).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q show_if refers to unknown question ghost");
    }

    @Test
    void rejectsARuleReadingALaterQuestion() {
        assertThatThrownBy(() -> definition(
                scale("first").showIf(Condition.is("second", Operator.GREATER_THAN, new Operand.Number(3))).build(),
                scale("second").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question first show_if refers to question second; a rule may only read an "
                        + "earlier question");
    }

    @Test
    void rejectsARuleReadingItsOwnQuestion() {
        assertThatThrownBy(() -> definition(
                single("q", "a", "b").hideIf(Condition.equalTo("q", "a")).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q hide_if refers to question q");
    }

    @Test
    void rejectsARuleNamingAnUnknownOption() {
        assertThatThrownBy(() -> definition(single("a", "yes", "no").build(),
                scale("b").showIf(Condition.equalTo("a", "maybe")).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question b show_if refers to unknown option maybe of question a");
        assertThatThrownBy(() -> definition(multi("a", "x", "y").build(),
                scale("b").hideIf(Condition.is("a", Operator.IN, new Operand.TextList(List.of("x", "z")))).build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question b hide_if refers to unknown option z of question a");
    }

    @Test
    void checksEveryComparisonOfNestedGroups() {
        Condition nested = Condition.all(Condition.equalTo("a", "yes"),
                Condition.any(Condition.equalTo("a", "no"), Condition.equalTo("c", "yes")));

        assertThatThrownBy(() -> definition(single("a", "yes", "no").build(), scale("b").showIf(nested).build(),
                single("c", "yes").build()))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question b show_if refers to question c");
    }

    @Test
    void acceptsRulesReadingEarlierQuestions() {
        QuestionnaireDefinition definition = definition(
                single("a", "yes", "no").build(),
                question("t", QuestionType.TEXT_INPUT).build(),
                scale("b").showIf(Condition.all(Condition.equalTo("a", "yes"),
                        Condition.is("t", Operator.CONTAINS, new Operand.Text("anything"))))
                        .hideIf(Condition.is("a", Operator.IS_EMPTY, Operand.none())).build());

        assertThat(definition.questions()).hasSize(3);
    }

    @Test
    void rejectsASkipRuleReadingAQuestionOfItsOwnOrALaterStep() {
        assertThatThrownBy(() -> definition(
                step("s1", 1, single("a", "yes", "no").build()),
                skippableStep("s2", 2, Condition.equalTo("b", "yes"), single("b", "yes", "no").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s2 skip_if refers to question b; a rule may only read a question of an "
                        + "earlier step");
        assertThatThrownBy(() -> definition(
                skippableStep("s1", 1, Condition.equalTo("b", "yes"), single("a", "yes", "no").build()),
                step("s2", 2, single("b", "yes", "no").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s1 skip_if refers to question b");
    }

    @Test
    void rejectsASkipRuleOfAStepWithoutQuestionsReadingALaterQuestion() {
        assertThatThrownBy(() -> definition(
                step("s1", 1, single("a", "yes", "no").build()),
                skippableStep("intro", 2, Condition.equalTo("b", "yes")),
                step("s3", 3, single("b", "yes", "no").inStep("s3").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step intro skip_if refers to question b");
    }

    @Test
    void acceptsASkipRuleOfAStepWithoutQuestionsReadingAnEarlierQuestion() {
        QuestionnaireDefinition definition = definition(
                step("s1", 1, single("a", "yes", "no").build()),
                skippableStep("intro", 2, Condition.equalTo("a", "yes")),
                step("s3", 3, single("b", "yes", "no").inStep("s3").build()));

        assertThat(definition.steps()).hasSize(3);
    }

    @Test
    void rejectsASkipRuleReadingAnUnknownQuestionOrOption() {
        assertThatThrownBy(() -> definition(
                step("s1", 1, single("a", "yes", "no").build()),
                skippableStep("s2", 2, Condition.equalTo("ghost", "yes"), scale("b").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s2 skip_if refers to unknown question ghost");
        assertThatThrownBy(() -> definition(
                step("s1", 1, single("a", "yes", "no").build()),
                skippableStep("s2", 2, Condition.equalTo("a", "maybe"), scale("b").inStep("s2").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("step s2 skip_if refers to unknown option maybe of question a");
    }

    @Test
    void rejectsACrossCheckDefinedTwice() {
        CrossCheck check = new CrossCheck("twice", Condition.equalTo("a", "yes"), null, List.of(), "m");

        assertThatThrownBy(() -> definition(ONE_PILLAR, List.of(check, check),
                step("s1", 1, single("a", "yes", "no").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check twice is defined twice");
    }

    @Test
    void rejectsACrossCheckReadingAnUnknownQuestionOrOption() {
        assertThatThrownBy(() -> definition(ONE_PILLAR,
                List.of(new CrossCheck("c", Condition.equalTo("ghost", "yes"), null, List.of(), "m")),
                step("s1", 1, single("a", "yes", "no").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check c refers to unknown question ghost");
        assertThatThrownBy(() -> definition(ONE_PILLAR,
                List.of(new CrossCheck("c", Condition.equalTo("a", "maybe"), null, List.of(), "m")),
                step("s1", 1, single("a", "yes", "no").build())))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check c refers to unknown option maybe of question a");
    }

    @Test
    void rejectsACrossCheckOfAnUnknownOrNonMultiSelectQuestion() {
        Step step = step("s1", 1, single("a", "yes", "no").build(), multi("m", "x", "y").build());

        assertThatThrownBy(() -> definition(ONE_PILLAR, List.of(new CrossCheck("c", Condition.equalTo("a", "yes"),
                QuestionId.of("ghost"), List.of("x"), "m")), step))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check c names unknown question ghost");
        assertThatThrownBy(() -> definition(ONE_PILLAR, List.of(new CrossCheck("c", Condition.equalTo("a", "yes"),
                QuestionId.of("a"), List.of("yes"), "m")), step))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check c checks question a, which is not a multi_select");
        assertThatThrownBy(() -> definition(ONE_PILLAR, List.of(new CrossCheck("c", Condition.equalTo("a", "yes"),
                QuestionId.of("m"), List.of("x", "z"), "m")), step))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("cross-check c names unknown option z of question m");
    }

    @Test
    void rejectsACrossCheckWithRequiredOptionsButNoQuestion() {
        assertThatThrownBy(() -> new CrossCheck("c", Condition.equalTo("a", "yes"), null, List.of("x"), "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cross-check c: requiredOptions need a question");
    }

    @Test
    void namesTheQuestionnaireAndVersionInEveryRejection() {
        InvalidQuestionnaire rejection = catchThrowableOfType(InvalidQuestionnaire.class,
                () -> QuestionnaireDefinition.of(QuestionnaireId.of("audit-x"), 7, "T", "", 1,
                        List.of(step("s1", 1, scale("q").pillar("ghost").build())), ONE_PILLAR, List.of()));

        assertThat(rejection).hasMessageStartingWith("questionnaire audit-x v7: ");
    }
}
