package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.domain.fixture.QuestionBuilder.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringFunctionTest {

    private static final double EXACT = 1e-9;
    private static final ScoringFunction WEIGHTED = new ScoringFunction.Weighted();
    private static final ScoringFunction LINEAR = new ScoringFunction.Linear();
    /** The enterprise profile's function for compliance_requirements. */
    private static final ScoringFunction COMPLIANCE_BANDS = new ScoringFunction.Threshold(
            List.of(new Band(0, 0, 2), new Band(1, 2, 6), new Band(3, 10, 10)));
    /** The startup profile's function for current_ai_usage. */
    private static final ScoringFunction STARTUP_CURVE = new ScoringFunction.Exponential(2, 1.5, 0);

    @Test
    void weightedSingleSelectDividesByTheHeaviestOption() {
        Question companySize = classic("company_size");

        // startup .8, medium 1.0, enterprise 1.2 of a heaviest 1.2
        assertThat(WEIGHTED.score(companySize, choice("startup"))).isCloseTo(8.0 / 1.2, within(EXACT));
        assertThat(WEIGHTED.score(companySize, choice("medium"))).isCloseTo(10.0 / 1.2, within(EXACT));
        assertThat(WEIGHTED.score(companySize, choice("enterprise"))).isCloseTo(10, within(EXACT));
    }

    @Test
    void weightedSingleSelectOfZeroWeightOptionsScoresZero() {
        Question flat = question("q", QuestionType.SINGLE_SELECT).option("a", 0).option("b", 0).build();

        assertThat(WEIGHTED.score(flat, choice("a"))).isZero();
    }

    @Test
    void weightedMultiSelectDividesBySumOfAllOptions() {
        Question testing = classic("testing_practices");
        Question security = classic("security_practices");

        assertThat(WEIGHTED.score(testing, choices("unit_tests", "integration_tests"))).isCloseTo(5, within(EXACT));
        assertThat(WEIGHTED.score(testing, choices("performance_tests", "security_tests")))
                .isCloseTo(2.5, within(EXACT));
        assertThat(WEIGHTED.score(testing, choices("unit_tests", "integration_tests", "e2e_tests",
                "performance_tests", "security_tests"))).isCloseTo(10, within(EXACT));
        // .2 + .2 + .15 of 1.0
        assertThat(WEIGHTED.score(security, choices("access_control", "encryption", "audit_logs")))
                .isCloseTo(5.5, within(EXACT));
    }

    @Test
    void weightedMultiSelectScoresAnEmptySelectionAndTheExclusiveOptionZero() {
        Question compliance = classic("compliance_requirements");

        assertThat(WEIGHTED.score(compliance, choices())).isZero();
        assertThat(WEIGHTED.score(compliance, choices("none"))).isZero();
        assertThat(WEIGHTED.score(compliance, choices("gdpr"))).isCloseTo(2, within(EXACT));
    }

    @Test
    void weightedMultiSelectIsIndependentOfSelectionOrder() {
        Question monitoring = classic("monitoring_capabilities");

        assertThat(WEIGHTED.score(monitoring, choices("alerting", "application_monitoring")))
                .isEqualTo(WEIGHTED.score(monitoring, choices("application_monitoring", "alerting")));
    }

    @Test
    void linearScaleMapsMinimumToZeroAndMaximumToTen() {
        Question maturity = classic("tech_stack_maturity");

        assertThat(LINEAR.score(maturity, number(1))).isZero();
        assertThat(LINEAR.score(maturity, number(7))).isCloseTo(60.0 / 9, within(EXACT));
        assertThat(LINEAR.score(maturity, number(10))).isCloseTo(10, within(EXACT));
    }

    @Test
    void linearNumberUsesItsValidationRange() {
        Question budget = question("budget", QuestionType.NUMBER_INPUT).validation(Validation.range(100, 300)).build();

        assertThat(LINEAR.score(budget, number(100))).isZero();
        assertThat(LINEAR.score(budget, number(150))).isCloseTo(2.5, within(EXACT));
        assertThat(LINEAR.score(budget, number(300))).isCloseTo(10, within(EXACT));
    }

    @Test
    void linearPercentageDividesByAHundred() {
        Question coverage = question("coverage", QuestionType.PERCENTAGE).build();

        assertThat(LINEAR.score(coverage, number(0))).isZero();
        assertThat(LINEAR.score(coverage, number(62.5))).isCloseTo(6.25, within(EXACT));
        assertThat(LINEAR.score(coverage, number(100))).isCloseTo(10, within(EXACT));
    }

    @Test
    void linearYesNoScoresTenForYesAndZeroForNo() {
        Question agree = question("agree", QuestionType.YES_NO).build();

        assertThat(LINEAR.score(agree, new AnswerValue.Flag(true))).isEqualTo(10);
        assertThat(LINEAR.score(agree, new AnswerValue.Flag(false))).isZero();
    }

    @Test
    void linearClampsAValueThatBypassedValidation() {
        Question maturity = classic("tech_stack_maturity");

        assertThat(LINEAR.score(maturity, number(15))).isEqualTo(10);
        assertThat(LINEAR.score(maturity, number(-3))).isZero();
    }

    @Test
    void thresholdScoresTheBandHoldingTheNumberOfSelectedOptions() {
        Question compliance = classic("compliance_requirements");

        assertThat(COMPLIANCE_BANDS.score(compliance, choices())).isEqualTo(2);
        assertThat(COMPLIANCE_BANDS.score(compliance, choices("gdpr"))).isEqualTo(6);
        assertThat(COMPLIANCE_BANDS.score(compliance, choices("gdpr", "hipaa"))).isEqualTo(6);
        assertThat(COMPLIANCE_BANDS.score(compliance, choices("gdpr", "hipaa", "sox"))).isEqualTo(10);
        assertThat(COMPLIANCE_BANDS.score(compliance, choices("gdpr", "hipaa", "sox", "iso27001", "pci_dss")))
                .isEqualTo(10);
    }

    @Test
    void thresholdDoesNotCountExclusiveOptions() {
        Question compliance = classic("compliance_requirements");

        // "none" is exclusive: it counts as 0 selected options, the 0..0 band
        assertThat(COMPLIANCE_BANDS.score(compliance, choices("none"))).isEqualTo(2);
    }

    @Test
    void thresholdScoresZeroWhenNoBandHoldsTheMeasure() {
        ScoringFunction onlyOneToTwo = new ScoringFunction.Threshold(List.of(new Band(1, 2, 6)));
        Question compliance = classic("compliance_requirements");

        assertThat(onlyOneToTwo.score(compliance, choices())).isZero();
        assertThat(onlyOneToTwo.score(compliance, choices("none"))).isZero();
        assertThat(onlyOneToTwo.score(compliance, choices("gdpr", "hipaa", "sox"))).isZero();
        assertThat(onlyOneToTwo.score(compliance, choices("gdpr"))).isEqualTo(6);
    }

    @Test
    void thresholdOnANumberUsesTheValueAndTheFirstBandThatHoldsIt() {
        ScoringFunction bands = new ScoringFunction.Threshold(
                List.of(new Band(0, 50, 3), new Band(50, 80, 7), new Band(90, 100, 10)));
        Question coverage = question("coverage", QuestionType.PERCENTAGE).build();

        assertThat(bands.score(coverage, number(20))).isEqualTo(3);
        assertThat(bands.score(coverage, number(50))).isEqualTo(3);
        assertThat(bands.score(coverage, number(50.5))).isEqualTo(7);
        assertThat(bands.score(coverage, number(85))).isZero();
        assertThat(bands.score(coverage, number(100))).isEqualTo(10);
    }

    @Test
    void exponentialCurvesTheNormalisedValue() {
        Question aiUsage = classic("current_ai_usage");

        // ((n·2)^1.5 + 0) / (2^1.5 + 0) × 10 = n^1.5 × 10
        assertThat(STARTUP_CURVE.score(aiUsage, choice("none"))).isCloseTo(Math.pow(0.2, 1.5) * 10, within(EXACT));
        assertThat(STARTUP_CURVE.score(aiUsage, choice("pilot"))).isCloseTo(4.6475800154, within(1e-9));
        assertThat(STARTUP_CURVE.score(aiUsage, choice("wide_adoption"))).isCloseTo(10, within(EXACT));
    }

    @Test
    void exponentialAddsTheOffsetAboveAndBelow() {
        ScoringFunction curve = new ScoringFunction.Exponential(2, 2, 1);
        Question maturity = classic("tech_stack_maturity");

        // n = 0: (0 + 1) / (4 + 1) × 10 = 2; n = 5/9: ((10/9)^2 + 1) / 5 × 10 = 4.469…
        assertThat(curve.score(maturity, number(1))).isCloseTo(2, within(EXACT));
        assertThat(curve.score(maturity, number(6))).isCloseTo((100.0 / 81 + 1) / 5 * 10, within(EXACT));
        assertThat(curve.score(maturity, number(10))).isCloseTo(10, within(EXACT));
    }

    @Test
    void exponentialIsCappedAtTen() {
        // A definition rejects negative weights, so a valid question never normalises above 1 and the cap never
        // bites through an answer; a normalised value above 1 shows that it does.
        assertThat(new ScoringFunction.Exponential(2, 1, 0).score(2, Double.NaN)).isEqualTo(10);
        assertThat(new ScoringFunction.Exponential(2, 1.5, 0).score(1.2, Double.NaN)).isEqualTo(10);

        // An answer cannot push the normalised value above 1 either: measures are guarded to [0, 1].
        Question outsideAnyDefinition = question("q", QuestionType.MULTI_SELECT).option("a", 2).option("b", -1)
                .build();
        assertThat(new ScoringFunction.Weighted().score(outsideAnyDefinition, choices("a"))).isEqualTo(10);
    }

    @Test
    void eachFunctionNamesTheTypesItCanScore() {
        assertThat(WEIGHTED.supports()).containsExactlyInAnyOrder(QuestionType.SINGLE_SELECT,
                QuestionType.MULTI_SELECT);
        assertThat(LINEAR.supports()).containsExactlyInAnyOrder(QuestionType.SCALE_RATING, QuestionType.NUMBER_INPUT,
                QuestionType.PERCENTAGE, QuestionType.YES_NO);
        assertThat(COMPLIANCE_BANDS.supports()).containsExactlyInAnyOrder(QuestionType.MULTI_SELECT,
                QuestionType.SCALE_RATING, QuestionType.NUMBER_INPUT, QuestionType.PERCENTAGE);
        assertThat(STARTUP_CURVE.supports()).doesNotContain(QuestionType.TEXT_INPUT).hasSize(6);
        assertThat(List.of(WEIGHTED, LINEAR, COMPLIANCE_BANDS, STARTUP_CURVE)).extracting(ScoringFunction::code)
                .containsExactly("weighted", "linear", "threshold", "exponential");
    }

    @Test
    void rejectsAThresholdWithoutBands() {
        assertThatThrownBy(() -> new ScoringFunction.Threshold(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one band");
    }

    @Test
    void rejectsABandWhoseLowExceedsItsHighOrWhoseScoreIsOutsideZeroToTen() {
        assertThatThrownBy(() -> new Band(3, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low (3.0) must not exceed high (2.0)");
        assertThatThrownBy(() -> new Band(0, 1, 10.5)).hasMessageContaining("0..10");
        assertThatThrownBy(() -> new Band(0, 1, -1)).hasMessageContaining("0..10");
        assertThat(new Band(2, 2, 10).contains(2)).isTrue();
    }

    @Test
    void rejectsAnExponentialWithoutPositiveBaseAndMultiplierOrWithANegativeOffset() {
        assertThatThrownBy(() -> new ScoringFunction.Exponential(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringFunction.Exponential(2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringFunction.Exponential(2, 1, -0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringFunction.Exponential(Double.POSITIVE_INFINITY, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANegativeQuestionWeight() {
        assertThatThrownBy(() -> new QuestionScoring(-0.1, LINEAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new QuestionScoring(Double.NaN, LINEAR)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Question classic(String id) {
        return ClassicQuestionnaire.definition().question(QuestionId.of(id)).orElseThrow();
    }

    private static AnswerValue choice(String option) {
        return new AnswerValue.Choice(option);
    }

    private static AnswerValue choices(String... options) {
        return new AnswerValue.Choices(List.of(options));
    }

    private static AnswerValue number(double value) {
        return new AnswerValue.Number(value);
    }
}
