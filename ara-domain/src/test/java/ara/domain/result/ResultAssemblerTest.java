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
import ara.domain.scoring.QuestionScore;
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
import static ara.domain.fixture.QuestionBuilder.multi;
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

        // medium priority with effort L: days 61-90
        assertThat(result.recommendations().getFirst()).isEqualTo(new Recommendation(
                QuestionId.of("compliance_requirements"), ClassicQuestionnaire.SECURITY,
                "Map your AI use to your compliance frameworks",
                "Map your AI use to your compliance frameworks to raise this score.", Effort.L,
                "A higher readiness score", 0.48, Priority.MEDIUM, RoadmapWindow.DAYS_61_90,
                Recommendation.Kind.IMPROVE));
        assertThat(result.recommendations().getFirst().horizon()).isEqualTo("days 61-90");
    }

    @Test
    void placesTheWorkedRecommendationsByPriorityAndEffortInWizardOrder() {
        AuditResult result = assemble(ClassicQuestionnaire.workedAnswers());

        assertThat(result.resultVersion()).isEqualTo(ResultAssembler.RESULT_VERSION);
        assertThat(result.roadmap()).extracting(RoadmapPhase::window, RoadmapPhase::firstDay, RoadmapPhase::lastDay)
                .containsExactly(tuple(RoadmapWindow.DAYS_1_30, 1, 30), tuple(RoadmapWindow.DAYS_31_60, 31, 60),
                        tuple(RoadmapWindow.DAYS_61_90, 61, 90), tuple(RoadmapWindow.MONTHS_4_6, 91, 180),
                        tuple(RoadmapWindow.MONTHS_7_12, 181, 365));
        // all thirteen are medium: S -> days 1-30 (a quick win), M -> days 31-60, L -> days 61-90
        assertThat(result.roadmap()).extracting(phase -> phase.recommendations().stream()
                .map(r -> r.question().value()).toList()).containsExactly(
                List.of("incident_response"),
                List.of("current_ai_usage", "testing_practices", "code_quality", "security_practices",
                        "data_sensitivity", "monitoring_capabilities", "deployment_automation"),
                List.of("tech_stack_maturity", "api_architecture", "cloud_infrastructure", "data_infrastructure",
                        "compliance_requirements"),
                List.of(), List.of());
        assertThat(result.roadmap()).allSatisfy(phase -> assertThat(phase.recommendations())
                .allSatisfy(r -> assertThat(r.window()).isEqualTo(phase.window())));
        assertThat(result.recommendations()).allSatisfy(r -> assertThat(r.window())
                .isEqualTo(RoadmapPlanner.baseWindow(r)));
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
        // high with effort M: days 1-30; low with effort S: days 31-60
        assertThat(result.roadmap().get(0).recommendations()).extracting(r -> r.question().value())
                .contains("current_ai_usage");
        assertThat(result.roadmap().get(1).recommendations()).extracting(r -> r.question().value())
                .contains("industry");
        assertThat(result.roadmap()).flatExtracting(RoadmapPhase::recommendations)
                .containsExactlyInAnyOrderElementsOf(result.recommendations());
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

    @Test
    void neverListsAContextQuestionThoughItScores() {
        QuestionnaireDefinition definition = Definitions.definition(
                question("size", QuestionType.SINGLE_SELECT).option("tiny", 1).option("huge", 2).context()
                        .pillar("p").advice("Grow", Effort.S).build(),
                percentage("q"));
        ScoringScheme scheme = scheme(definition, Map.of("size", 0.5, "q", 0.5));

        AuditResult low = ResultAssembler.assemble(scheme, AnswersBuilder.answers().choice("size", "tiny")
                .number("q", 10).build(), NOW);
        AuditResult high = ResultAssembler.assemble(scheme, AnswersBuilder.answers().choice("size", "huge")
                .number("q", 90).build(), NOW);

        // tiny scores 1 / 2 × 10 = 5 at weight .5: it counts in the score ...
        assertThat(low.scoreCard().total().score()).isEqualTo(3);
        // ... but is never a gap, a strength, a recommendation or a best gain
        assertThat(low.gaps()).extracting(Highlight::id).containsExactly("p", "q");
        assertThat(low.recommendations()).extracting(r -> r.question().value()).containsExactly("q");
        assertThat(low.nextLevel().bestGains()).extracting(g -> g.question().value()).containsExactly("q");
        assertThat(high.strengths()).extracting(Highlight::id).containsExactly("p", "q");
    }

    @Test
    void listsUnknownAnswersAsKnowledgeGapsWithFindOutAdvice() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("owner", "named", "nobody").unknownOption().pillar("p").helpText("Ask the CISO.")
                        .advice("Name an owner", Effort.M).title("Who owns agent access?").build(),
                multi("controls", "logging", "review").unknownOption().pillar("p").title("Which controls?").build(),
                single("notes", "yes", "no").unknownOption().title("Is there a register?").build(),
                percentage("q"));
        ScoringScheme scheme = scheme(definition, Map.of("owner", 0.5, "controls", 0.3, "q", 0.2));

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().choice("owner", "unknown")
                .choices("controls", "unknown").choice("notes", "unknown").number("q", 90).build(), NOW);

        assertThat(result.knowledgeGaps()).containsExactly(
                new KnowledgeGap(QuestionId.of("owner"), PillarId.of("p"), "Who owns agent access?"),
                new KnowledgeGap(QuestionId.of("controls"), PillarId.of("p"), "Which controls?"),
                new KnowledgeGap(QuestionId.of("notes"), null, "Is there a register?"));
        // "I don't know" scores 0 but is neither a gap nor a strength
        assertThat(result.scoreCard().questions()).filteredOn(q -> q.question().value().equals("owner"))
                .extracting(QuestionScore::score).containsExactly(0.0);
        assertThat(result.gaps()).extracting(Highlight::id).containsExactly("p");
        assertThat(result.strengths()).extracting(Highlight::id).containsExactly("p", "q");
        // impact (10 − 0) × .5 × 1 = 5 and (10 − 0) × .3 × 1 = 3; notes is not scored: 0
        assertThat(result.recommendations()).extracting(r -> r.question().value(), Recommendation::kind,
                        Recommendation::impact, Recommendation::priority, Recommendation::effort)
                .containsExactly(
                        tuple("owner", Recommendation.Kind.FIND_OUT, 5.0, Priority.HIGH, Effort.S),
                        tuple("controls", Recommendation.Kind.FIND_OUT, 3.0, Priority.HIGH, Effort.S),
                        tuple("notes", Recommendation.Kind.FIND_OUT, 0.0, Priority.LOW, Effort.S));
        Recommendation owner = result.recommendations().getFirst();
        assertThat(owner.title()).isEqualTo("Find out: Who owns agent access?");
        assertThat(owner.description()).isEqualTo("Find out who in your organisation owns this answer, ask them, "
                + "and answer the question again. Ask the CISO.");
        assertThat(owner.expectedImpact()).isEqualTo(ResultAssembler.FIND_OUT_IMPACT);
        assertThat(result.recommendations().get(1).description()).doesNotEndWith(" ");
        // all three start in days 1-30; balancing pushes the last back, then the last of the two left
        assertThat(result.roadmap()).extracting(phase -> phase.recommendations().stream()
                .map(r -> r.question().value()).toList()).containsExactly(
                List.of("owner"), List.of("notes"), List.of("controls"), List.of(), List.of());
    }

    @Test
    void ignoresTheUnknownAnswerOfAHiddenQuestion() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("gate", "open", "closed").build(),
                single("owner", "named", "nobody").unknownOption().pillar("p")
                        .hideIf(Condition.equalTo("gate", "closed")).build());
        ScoringScheme scheme = scheme(definition, Map.of("owner", 1.0));

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().choice("gate", "closed")
                .choice("owner", "unknown").build(), NOW);

        assertThat(result.knowledgeGaps()).isEmpty();
        assertThat(result.recommendations()).isEmpty();
    }

    @Test
    void guidesToTheNextLevelWithTheAnswersThatGainMost() {
        QuestionnaireDefinition definition = Definitions.definition(percentage("a"), percentage("b"),
                question("c", QuestionType.PERCENTAGE).pillar("p").context().build(), percentage("d"));
        ScoringScheme scheme = scheme(definition, Map.of("a", 0.3, "b", 0.3, "c", 0.2, "d", 0.2));

        AuditResult result = ResultAssembler.assemble(scheme, AnswersBuilder.answers().number("a", 50)
                .number("d", 100).build(), NOW);

        // score .3 × 5 + .2 × 10 = 3.5 of 10: 35 %, a beginner; developing from 41: 6 % = .6 points
        NextLevel next = result.nextLevel();
        assertThat(next.total()).isEqualTo(new LevelGap(LevelGap.TOTAL, "Overall", 35, MaturityLevel.BEGINNER,
                MaturityLevel.DEVELOPING, 6, 0.6));
        assertThat(next.pillars()).containsExactly(new LevelGap("p", "Pillar p", 35, MaturityLevel.BEGINNER,
                MaturityLevel.DEVELOPING, 6, 0.6));
        // b at 100 %: 6.5 -> +30; a at 100 %: 5 -> +15; c is context; d is already at its best
        assertThat(next.bestGains()).containsExactly(
                new AnswerGain(QuestionId.of("b"), PillarId.of("p"), "Question b", "100 %", 30),
                new AnswerGain(QuestionId.of("a"), PillarId.of("p"), "Question a", "100 %", 15));
    }

    @Test
    void namesAtMostThreeGainsTiesInWizardOrder() {
        QuestionnaireDefinition definition = Definitions.definition(
                percentage("a"), percentage("b"), percentage("c"), percentage("d"));
        ScoringScheme scheme = scheme(definition, Map.of("a", 0.25, "b", 0.25, "c", 0.25, "d", 0.25));

        AuditResult result = ResultAssembler.assemble(scheme, Answers.none(), NOW);

        assertThat(result.nextLevel().bestGains()).extracting(g -> g.question().value(), AnswerGain::percentGain)
                .containsExactly(tuple("a", 25.0), tuple("b", 25.0), tuple("c", 25.0));
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
        weights.forEach((id, weight) -> questions.put(QuestionId.of(id), new QuestionScoring(weight,
                definition.question(QuestionId.of(id)).orElseThrow().type().isSelect()
                        ? new ScoringFunction.Weighted() : new ScoringFunction.Linear())));
        ScoringProfile profile = ScoringProfile.of("only", 1, Map.of(PillarId.of(Definitions.PILLAR), 1.0),
                questions);
        return ScoringScheme.of(definition, 1, List.of(profile), List.of(), "only");
    }
}
