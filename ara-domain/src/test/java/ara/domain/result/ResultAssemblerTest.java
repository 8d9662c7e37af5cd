package ara.domain.result;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.QuestionBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ara.domain.fixture.Definitions.pillar;
import static ara.domain.fixture.Definitions.step;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResultAssemblerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void describesTheWorkedCheck() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        assertThat(result.questionnaire().value()).isEqualTo("classic");
        assertThat(result.questionnaireVersion()).isEqualTo(1);
        assertThat(result.scoringVersion()).isEqualTo(1);
        assertThat(result.calculatedAt()).isEqualTo(NOW);
        assertThat(result.scoreCard().total().percent()).isEqualTo(59.76);
        assertThat(result.level()).isEqualTo(MaturityLevel.DEVELOPING);
        assertThat(result.pillars()).extracting(PillarResult::title, PillarResult::level).containsExactly(
                tuple("Business Readiness", MaturityLevel.PROFICIENT),
                tuple("Technical Readiness", MaturityLevel.PROFICIENT),
                tuple("Security Readiness", MaturityLevel.DEVELOPING),
                tuple("Operational Readiness", MaturityLevel.DEVELOPING));
        assertThat(result.insights()).isEmpty();
    }

    @Test
    void namesTheBestPillarAndTheBestQuestionsAsStrengths() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        // three questions score 8.33: wizard order breaks the tie
        assertThat(result.strengths()).containsExactly(
                new Highlight(Highlight.PILLAR, "business_readiness", "Business Readiness", 72.55),
                new Highlight(Highlight.QUESTION, "company_size", "How large is your organization?", 83.3),
                new Highlight(Highlight.QUESTION, "industry", "Which industry are you in?", 83.3),
                new Highlight(Highlight.QUESTION, "version_control", "How do you use version control?", 83.3));
    }

    @Test
    void namesTheWeakestPillarAndTheWorstQuestionsAsGaps() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        assertThat(result.gaps()).containsExactly(
                new Highlight(Highlight.PILLAR, "security_readiness", "Security Readiness", 46),
                new Highlight(Highlight.QUESTION, "compliance_requirements", "Which compliance frameworks apply?", 20),
                new Highlight(Highlight.QUESTION, "monitoring_capabilities", "What do you monitor?", 40),
                new Highlight(Highlight.QUESTION, "incident_response", "How well do you respond to incidents?",
                        44.4));
    }

    @Test
    void recommendsEveryAnsweredQuestionBelowSevenByImpactWithTiesInWizardOrder() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        // impact = (10 − q) × w × W_pillar, e.g. compliance (10 − 2) × .3 × .2 = .48,
        // tech_stack_maturity (10 − 6.67) × .3 × .35 = .34965, deployment (10 − 6.67) × .3 × .2 = .1998
        assertThat(result.recommendations())
                .extracting(r -> r.question().value(), Recommendation::impact, Recommendation::priority)
                .containsExactly(
                        tuple("compliance_requirements", 0.48, Priority.MEDIUM),
                        tuple("monitoring_capabilities", 0.48, Priority.MEDIUM),
                        tuple("security_practices", 0.36, Priority.MEDIUM),
                        tuple("tech_stack_maturity", 0.35, Priority.MEDIUM),
                        tuple("incident_response", 0.33, Priority.MEDIUM),
                        tuple("current_ai_usage", 0.3, Priority.MEDIUM),
                        tuple("api_architecture", 0.29, Priority.MEDIUM),
                        tuple("cloud_infrastructure", 0.29, Priority.MEDIUM),
                        tuple("data_infrastructure", 0.29, Priority.MEDIUM),
                        tuple("testing_practices", 0.26, Priority.MEDIUM),
                        tuple("data_sensitivity", 0.24, Priority.MEDIUM),
                        tuple("code_quality", 0.23, Priority.MEDIUM),
                        tuple("deployment_automation", 0.2, Priority.MEDIUM));
    }

    @Test
    void copiesTheQuestionsAdviceIntoItsRecommendation() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        assertThat(result.recommendations().getFirst()).isEqualTo(new Recommendation(
                QuestionId.of("compliance_requirements"), ClassicQuestionnaire.SECURITY,
                "Map your AI use to your compliance frameworks",
                "Map your AI use to your compliance frameworks to raise this score.", Effort.L,
                "A higher readiness score", 0.48, Priority.MEDIUM));
        assertThat(result.recommendations().getFirst().horizon()).isEqualTo("days 31-60");
    }

    @Test
    void putsRecommendationsIntoTheRoadmapByPriority() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        assertThat(result.roadmap()).extracting(RoadmapPhase::window, RoadmapPhase::firstDay, RoadmapPhase::lastDay)
                .containsExactly(tuple(RoadmapWindow.DAYS_1_30, 1, 30), tuple(RoadmapWindow.DAYS_31_60, 31, 60),
                        tuple(RoadmapWindow.DAYS_61_90, 61, 90));
        assertThat(result.roadmap().get(0).recommendations()).isEmpty();
        assertThat(result.roadmap().get(1).recommendations()).isEqualTo(result.recommendations());
        assertThat(result.roadmap().get(2).recommendations()).isEmpty();
    }

    @Test
    void ranksHighMediumAndLowRecommendationsAndRaisesInsightsForAStartup() {
        Answers answers = ClassicQuestionnaire.workedAnswers()
                .with(QuestionId.of("company_size"), new AnswerValue.Choice("startup"))
                .with(QuestionId.of("industry"), new AnswerValue.Choice("manufacturing"))
                .with(QuestionId.of("current_ai_usage"), new AnswerValue.Choice("none"))
                .with(QuestionId.of("api_architecture"), new AnswerValue.Choice("microservices"))
                .with(QuestionId.of("data_sensitivity"), new AnswerValue.Choice("regulated"))
                .with(QuestionId.of("security_practices"), new AnswerValue.Choices(List.of("access_control")));

        AuditResult result = assemble(answers);

        assertThat(result.scoreCard().profileId()).isEqualTo("startup");
        // current_ai_usage none: .2^1.5 × 10 = .89 at .5 in business (.35): (10 − .89) × .5 × .35 = 1.59425
        assertThat(result.recommendations().getFirst())
                .extracting(r -> r.question().value(), Recommendation::impact, Recommendation::priority)
                .containsExactly("current_ai_usage", 1.59, Priority.HIGH);
        // industry manufacturing: .8 / 1.2 -> 6.67 at .15: (10 − 6.67) × .15 × .35 = .174825
        assertThat(result.recommendations().getLast())
                .extracting(r -> r.question().value(), Recommendation::impact, Recommendation::priority)
                .containsExactly("industry", 0.17, Priority.LOW);
        assertThat(result.recommendations()).extracting(r -> r.question().value())
                .doesNotContain("api_architecture");
        assertThat(result.roadmap().get(0).recommendations()).extracting(r -> r.question().value())
                .containsExactly("current_ai_usage");
        assertThat(result.roadmap().get(2).recommendations()).extracting(r -> r.question().value())
                .containsExactly("industry");
        assertThat(result.roadmap()).flatExtracting(RoadmapPhase::recommendations)
                .containsExactlyElementsOf(result.recommendations());
        assertThat(result.insights()).extracting(Insight::code)
                .containsExactly("startup_with_microservices", "regulated_data_without_controls");
        assertThat(result.insights().getLast().message())
                .isEqualTo("Regulated data needs these security practices: Encryption, Audit logs.");
        assertThat(result.insights().getLast().questions()).extracting(QuestionId::value)
                .containsExactly("data_sensitivity", "security_practices");
    }

    @Test
    void raisesTheHealthcareInsight() {
        Answers answers = ClassicQuestionnaire.workedAnswers()
                .with(QuestionId.of("industry"), new AnswerValue.Choice("healthcare"));

        AuditResult result = assemble(answers);

        assertThat(result.scoreCard().profileId()).isEqualTo("enterprise");
        assertThat(result.insights()).containsExactly(new Insight("healthcare_without_hipaa",
                "Healthcare organizations usually need HIPAA compliance; missing: HIPAA.",
                List.of(QuestionId.of("industry"), QuestionId.of("compliance_requirements"))));
    }

    @Test
    void recommendsNothingForUnansweredQuestions() {
        Answers answers = ClassicQuestionnaire.workedAnswers().without(QuestionId.of("compliance_requirements"));

        AuditResult result = assemble(answers);

        assertThat(result.recommendations()).extracting(r -> r.question().value())
                .doesNotContain("compliance_requirements").hasSize(12);
        assertThat(assemble(Answers.none()).recommendations()).isEmpty();
    }

    @Test
    void recommendsBelowSevenButNotAtSeven() {
        ScoringScheme scheme = percentageScheme(question("q", QuestionType.PERCENTAGE).pillar("p")
                .advice("Improve q", Effort.S));

        assertThat(ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("q", 70).build(), NOW)
                .recommendations()).isEmpty();
        // 69 % scores 6.9: impact (10 − 6.9) × 1 × 1
        assertThat(ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("q", 69).build(), NOW)
                .recommendations()).extracting(Recommendation::impact, Recommendation::priority)
                .containsExactly(tuple(3.1, Priority.HIGH));
    }

    @Test
    void countsAScoreOfSevenAsAStrengthAndBelowAsAGap() {
        ScoringScheme scheme = percentageScheme(question("q", QuestionType.PERCENTAGE).pillar("p")
                .advice("Improve q", Effort.S));

        AuditResult atSeven = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("q", 70).build(), NOW);
        AuditResult belowSeven = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("q", 69.9).build(),
                NOW);

        assertThat(atSeven.strengths()).extracting(Highlight::kind).containsExactly(Highlight.PILLAR,
                Highlight.QUESTION);
        assertThat(atSeven.gaps()).extracting(Highlight::kind).containsExactly(Highlight.PILLAR);
        assertThat(belowSeven.strengths()).extracting(Highlight::kind).containsExactly(Highlight.PILLAR);
        assertThat(belowSeven.gaps()).extracting(Highlight::kind).containsExactly(Highlight.PILLAR,
                Highlight.QUESTION);
    }

    @Test
    void recommendsNothingForAQuestionWithoutAdvice() {
        ScoringScheme scheme = percentageScheme(question("q", QuestionType.PERCENTAGE).pillar("p"));

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("q", 10).build(), NOW);

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.gaps()).extracting(Highlight::id).containsExactly("p", "q");
    }

    @Test
    void recommendsNothingForAHiddenQuestionEvenIfItsStoredAnswerIsPoor() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("gate", "open", "closed").build(),
                question("q", QuestionType.PERCENTAGE).pillar("p").advice("Improve q", Effort.S)
                        .hideIf(Condition.equalTo("gate", "closed")).build());
        ScoringScheme scheme = scheme(definition, Map.of("q", 1.0));

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().choice("gate", "closed")
                .number("q", 0).build(), NOW);

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.gaps()).isEmpty();
        assertThat(result.strengths()).isEmpty();
    }

    @Test
    void namesAtMostThreeQuestionsPerHighlightList() {
        QuestionnaireDefinition definition = Definitions.definition(
                percentage("a"), percentage("b"), percentage("c"), percentage("d"), percentage("e"));
        ScoringScheme scheme = scheme(definition, Map.of("a", 0.2, "b", 0.2, "c", 0.2, "d", 0.2, "e", 0.2));

        AuditResult low = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("a", 50).number("b", 10)
                .number("c", 40).number("d", 20).number("e", 30).build(), NOW);
        AuditResult high = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("a", 80).number("b", 100)
                .number("c", 90).number("d", 70).number("e", 95).build(), NOW);

        assertThat(low.gaps()).extracting(Highlight::id).containsExactly("p", "b", "d", "e");
        assertThat(high.strengths()).extracting(Highlight::id).containsExactly("p", "b", "e", "c");
        assertThat(low.recommendations()).hasSize(5);
    }

    @Test
    void breaksPillarTiesByPillarOrderAndSkipsPillarsWithoutVisibleQuestions() {
        QuestionnaireDefinition definition = Definitions.definition(
                List.of(pillar("first"), pillar("second"), pillar("empty")), List.of(),
                step("s1", 1, question("a", QuestionType.PERCENTAGE).pillar("first").build(),
                        question("b", QuestionType.PERCENTAGE).pillar("second").build()));
        Map<QuestionId, QuestionScoring> questions = new LinkedHashMap<>();
        questions.put(QuestionId.of("a"), new QuestionScoring(1, new ScoringFunction.Linear()));
        questions.put(QuestionId.of("b"), new QuestionScoring(1, new ScoringFunction.Linear()));
        ScoringProfile profile = ScoringProfile.of("x", 1, Map.of(PillarId.of("first"), 0.5,
                PillarId.of("second"), 0.5, PillarId.of("empty"), 0.0), questions);
        ScoringScheme scheme = ScoringScheme.of(definition, 1, List.of(profile), List.of(), "x");

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("a", 50)
                .number("b", 50).build(), NOW);

        assertThat(result.strengths().getFirst().id()).isEqualTo("first");
        assertThat(result.gaps().getFirst().id()).isEqualTo("first");
        assertThat(result.pillars()).extracting(p -> p.score().pillar().value())
                .containsExactly("first", "second", "empty");
    }

    @Test
    void givesTheSameResultForTheSameAnswersAndTime() {
        assertThat(assemble(ClassicQuestionnaire.workedAnswers()))
                .isEqualTo(assemble(ClassicQuestionnaire.workedAnswers()));
    }

    private static AuditResult assemble(Answers answers) {
        return ResultAssembler.assemble(ClassicQuestionnaire.scheme(), answers, NOW);
    }

    private static Question percentage(String id) {
        return question(id, QuestionType.PERCENTAGE).pillar("p").advice("Improve " + id, Effort.M).build();
    }

    private static ScoringScheme percentageScheme(QuestionBuilder builder) {
        return scheme(Definitions.definition(builder.build()), Map.of("q", 1.0));
    }

    private static ScoringScheme scheme(QuestionnaireDefinition definition, Map<String, Double> weights) {
        Map<QuestionId, QuestionScoring> questions = new LinkedHashMap<>();
        weights.forEach((id, weight) -> questions.put(QuestionId.of(id),
                new QuestionScoring(weight, new ScoringFunction.Linear())));
        ScoringProfile profile = ScoringProfile.of("only", 1, Map.of(PillarId.of(Definitions.PILLAR), 1.0),
                questions);
        return ScoringScheme.of(definition, 1, List.of(profile), List.of(), "only");
    }
}
