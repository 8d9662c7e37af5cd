package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Validation;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ara.domain.fixture.ClassicQuestionnaire.BUSINESS;
import static ara.domain.fixture.ClassicQuestionnaire.OPERATIONAL;
import static ara.domain.fixture.ClassicQuestionnaire.SECURITY;
import static ara.domain.fixture.ClassicQuestionnaire.TECHNICAL;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ScoringModelTest {

    private static final ScoringModel CLASSIC_DEFAULT = ScoringModel.compile(ClassicQuestionnaire.definition(),
            ClassicQuestionnaire.defaultProfile());
    private static final PillarId P = PillarId.of(Definitions.PILLAR);

    @Test
    void scoresTheWorkedCheckQuestionByQuestion() {
        ScoreCard card = CLASSIC_DEFAULT.score(ClassicQuestionnaire.workedAnswers());

        assertThat(card.questions())
                .extracting(q -> q.question().value(), QuestionScore::score)
                .containsExactly(
                        tuple("company_size", 8.33), tuple("industry", 8.33), tuple("current_ai_usage", 6.0),
                        tuple("tech_stack_maturity", 6.67), tuple("api_architecture", 6.67),
                        tuple("cloud_infrastructure", 5.83), tuple("data_infrastructure", 6.67),
                        tuple("version_control", 8.33), tuple("testing_practices", 5.0),
                        tuple("code_quality", 5.56),
                        tuple("security_practices", 5.5), tuple("compliance_requirements", 2.0),
                        tuple("data_sensitivity", 6.0),
                        tuple("monitoring_capabilities", 4.0), tuple("deployment_automation", 6.67),
                        tuple("incident_response", 4.44));
        assertThat(card.questions()).allSatisfy(q -> {
            assertThat(q.answered()).isTrue();
            assertThat(q.max()).isEqualTo(10.0);
        });
    }

    @Test
    void scoresTheWorkedCheckPillarByPillar() {
        ScoreCard card = CLASSIC_DEFAULT.score(ClassicQuestionnaire.workedAnswers());

        assertThat(card.pillars())
                .extracting(PillarScore::pillar, PillarScore::weight, PillarScore::summary)
                .containsExactly(
                        tuple(BUSINESS, 0.25, new ScoreSummary(4.72, 6.5, 72.55)),
                        tuple(TECHNICAL, 0.35, new ScoreSummary(9.75, 15.0, 65.01)),
                        tuple(SECURITY, 0.20, new ScoreSummary(4.6, 10.0, 46.0)),
                        tuple(OPERATIONAL, 0.20, new ScoreSummary(4.93, 10.0, 49.33)));
    }

    @Test
    void scoresTheWorkedCheckTotal() {
        ScoreCard card = CLASSIC_DEFAULT.score(ClassicQuestionnaire.workedAnswers());

        assertThat(card.profileId()).isEqualTo("default");
        assertThat(card.profileVersion()).isEqualTo(1);
        assertThat(card.total()).isEqualTo(new ScoreSummary(6.5, 10.88, 59.76));
        assertThat(card.potential()).isEqualTo(card.total());
        assertThat(card.missingCritical()).isEmpty();
    }

    @Test
    void roundsAPillarSumThatIsExactlyHalfWayUpDespiteFloatingPointError() {
        Answers answers = ClassicQuestionnaire.workedAnswers()
                .with(QuestionId.of("monitoring_capabilities"),
                        new AnswerValue.Choices(List.of("log_aggregation", "alerting")))
                .with(QuestionId.of("deployment_automation"), new AnswerValue.Choice("scripted"))
                .with(QuestionId.of("incident_response"), new AnswerValue.Number(8));

        ScoreCard card = CLASSIC_DEFAULT.score(answers);

        // 3.5 × .4 + 4.17 × .3 + 7.78 × .3 = 1.4 + 1.251 + 2.334 = 4.985 exactly; in doubles 4.984999999999999
        assertThat(card.pillar(OPERATIONAL).orElseThrow().questions()).extracting(QuestionScore::score)
                .containsExactly(3.5, 4.17, 7.78);
        assertThat(card.pillar(OPERATIONAL).orElseThrow().summary()).isEqualTo(new ScoreSummary(4.99, 10, 49.85));
    }

    @Test
    void countsAnUnansweredQuestionAsZeroButKeepsItsMaximum() {
        Answers answers = ClassicQuestionnaire.workedAnswers().without(QuestionId.of("current_ai_usage"));

        ScoreCard card = CLASSIC_DEFAULT.score(answers);

        QuestionScore aiUsage = card.questions().stream()
                .filter(q -> q.question().value().equals("current_ai_usage")).findFirst().orElseThrow();
        assertThat(aiUsage.answered()).isFalse();
        assertThat(aiUsage.score()).isZero();
        // 8.33 × .2 + 8.33 × .15 = 2.9155 of 6.5
        assertThat(card.pillar(BUSINESS).orElseThrow().summary()).isEqualTo(new ScoreSummary(2.92, 6.5, 44.85));
        // 2.92 × .25 + 9.75 × .35 + 4.6 × .2 + 4.93 × .2 = 6.0485 of 10.875
        assertThat(card.total()).isEqualTo(new ScoreSummary(6.05, 10.88, 55.62));
    }

    @Test
    void scoresAnEmptyOptionalSelectionExactlyLikeTheExclusiveOptionAlone() {
        Answers empty = ClassicQuestionnaire.workedAnswers().with(QuestionId.of("compliance_requirements"),
                new AnswerValue.Choices(List.of()));
        Answers none = ClassicQuestionnaire.workedAnswers().with(QuestionId.of("compliance_requirements"),
                new AnswerValue.Choices(List.of("none")));

        ScoreCard emptyCard = CLASSIC_DEFAULT.score(empty);

        assertThat(emptyCard).isEqualTo(CLASSIC_DEFAULT.score(none));
        assertThat(emptyCard.questions()).filteredOn(q -> q.question().value().equals("compliance_requirements"))
                .extracting(QuestionScore::answered, QuestionScore::score).containsExactly(tuple(true, 0.0));
        // security: 5.5 × .4 + 0 × .3 + 6 × .3 = 4 of 10; the potential gives the answered question nothing more
        assertThat(emptyCard.pillar(SECURITY).orElseThrow().summary()).isEqualTo(new ScoreSummary(4, 10, 40));
        assertThat(emptyCard.potential()).isEqualTo(emptyCard.total());
    }

    @Test
    void potentialGivesEveryUnansweredVisibleQuestionItsBestAnswer() {
        Answers answers = ClassicQuestionnaire.workedAnswers().without(QuestionId.of("current_ai_usage"));

        ScoreCard card = CLASSIC_DEFAULT.score(answers);

        // business: 2.9155 + 10 × .3 = 5.9155 -> 5.92; total 5.92 × .25 + 9.75 × .35 + 4.6 × .2 + 4.93 × .2 = 6.7985
        assertThat(card.potential()).isEqualTo(new ScoreSummary(6.8, 10.88, 62.51));
    }

    @Test
    void potentialOfNoAnswersIsTheMaximum() {
        ScoreCard card = CLASSIC_DEFAULT.score(Answers.none());

        assertThat(card.total()).isEqualTo(new ScoreSummary(0, 10.88, 0));
        assertThat(card.potential()).isEqualTo(new ScoreSummary(10.88, 10.88, 100));
        assertThat(card.questions()).hasSize(16).noneMatch(QuestionScore::answered);
    }

    @Test
    void potentialUsesTheHeaviestOptionWhereverItIsListed() {
        QuestionnaireDefinition definition = Definitions.definition(
                question("q", QuestionType.SINGLE_SELECT).option("light", 0.2).option("heavy", 1.0)
                        .option("middle", 0.5).pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition, profile(Map.of("q", weighted(1))));

        assertThat(model.score(Answers.none()).potential()).isEqualTo(new ScoreSummary(10, 10, 100));
        assertThat(model.score(AnswersBuilder.answers().choice("q", "middle").build()).potential())
                .isEqualTo(new ScoreSummary(5, 10, 50));
    }

    @Test
    void potentialOfAMultiSelectLeavesOutTheExclusiveOption() {
        QuestionnaireDefinition definition = Definitions.definition(
                question("q", QuestionType.MULTI_SELECT).option("a", 0.5).option("b", 0.5)
                        .exclusiveOption("none", 0.5).pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition, profile(Map.of("q", weighted(1))));

        // the best valid answer is a + b = 1.0 of 1.5; a, b and none together would be invalid (and score 10)
        assertThat(model.score(Answers.none()).potential()).isEqualTo(new ScoreSummary(6.67, 10, 66.7));
    }

    @Test
    void potentialOfAMultiSelectPicksNoMoreOptionsThanAllowed() {
        QuestionnaireDefinition definition = Definitions.definition(
                question("q", QuestionType.MULTI_SELECT).option("small", 0.2).option("large", 0.5)
                        .option("medium", 0.3).validation(Validation.selections(null, 2))
                        .pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition, profile(Map.of("q", weighted(1))));

        // at most two options: the best valid answer is large + medium = .8 of 1.0
        assertThat(model.score(Answers.none()).potential()).isEqualTo(new ScoreSummary(8, 10, 80));
    }

    @Test
    void missingCriticalListsUnansweredRequiredQuestionsWeighingMoreThanPointThree() {
        ScoreCard card = CLASSIC_DEFAULT.score(Answers.none());

        // default weights above 0.3: security_practices and monitoring_capabilities (both .40); .30 is not critical
        assertThat(card.missingCritical()).extracting(QuestionId::value)
                .containsExactly("security_practices", "monitoring_capabilities");
    }

    @Test
    void missingCriticalDropsAnsweredQuestions() {
        Answers answers = AnswersBuilder.answers().choices("security_practices", "encryption").build();

        assertThat(CLASSIC_DEFAULT.score(answers).missingCritical()).extracting(QuestionId::value)
                .containsExactly("monitoring_capabilities");
    }

    @Test
    void missingCriticalDependsOnTheProfile() {
        ScoringModel startup = ScoringModel.compile(ClassicQuestionnaire.definition(),
                ClassicQuestionnaire.startupProfile());
        ScoringModel enterprise = ScoringModel.compile(ClassicQuestionnaire.definition(),
                ClassicQuestionnaire.enterpriseProfile());

        // startup weighs current_ai_usage .5; enterprise weighs compliance_requirements .5 but it is optional
        assertThat(startup.score(Answers.none()).missingCritical()).extracting(QuestionId::value)
                .containsExactly("current_ai_usage", "security_practices", "monitoring_capabilities");
        assertThat(enterprise.score(Answers.none()).missingCritical()).extracting(QuestionId::value)
                .containsExactly("security_practices", "monitoring_capabilities");
    }

    @Test
    void missingCriticalIgnoresHiddenQuestions() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("gate", "yes", "no").build(),
                scale("q").required().pillar(Definitions.PILLAR)
                        .showIf(Condition.equalTo("gate", "yes")).build());
        ScoringModel model = ScoringModel.compile(definition, profile(Map.of("q", linear(0.5))));

        assertThat(model.score(AnswersBuilder.answers().choice("gate", "no").build()).missingCritical()).isEmpty();
        assertThat(model.score(AnswersBuilder.answers().choice("gate", "yes").build()).missingCritical())
                .containsExactly(QuestionId.of("q"));
    }

    @Test
    void excludesHiddenQuestionsFromScoresAndMaximaButKeepsTheirAnswers() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("gate", "yes", "no").build(),
                scale("hidden").pillar(Definitions.PILLAR).hideIf(Condition.equalTo("gate", "no")).build(),
                scale("shown").pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition,
                profile(Map.of("hidden", linear(0.5), "shown", linear(0.5))));
        Answers answers = AnswersBuilder.answers().choice("gate", "no").number("hidden", 10).number("shown", 4)
                .build();

        ScoreCard card = model.score(answers);

        assertThat(answers.has(QuestionId.of("hidden"))).isTrue();
        assertThat(card.questions()).extracting(q -> q.question().value()).containsExactly("shown");
        // only "shown" counts: (4 − 1) / 9 × 10 = 3.33 × .5 of 5
        assertThat(card.pillar(P).orElseThrow().summary()).isEqualTo(new ScoreSummary(1.67, 5, 33.3));
        assertThat(card.potential().score()).isEqualTo(1.67);
    }

    @Test
    void excludesQuestionsOfSkippedSteps() {
        QuestionnaireDefinition definition = Definitions.definition(
                Definitions.step("s1", 1, single("gate", "yes", "no").build()),
                Definitions.skippableStep("s2", 2, Condition.equalTo("gate", "no"),
                        scale("skipped").inStep("s2").pillar(Definitions.PILLAR).required().build()),
                Definitions.step("s3", 3, scale("kept").inStep("s3").pillar(Definitions.PILLAR).build()));
        ScoringModel model = ScoringModel.compile(definition,
                profile(Map.of("skipped", linear(0.5), "kept", linear(0.5))));
        Answers answers = AnswersBuilder.answers().choice("gate", "no").number("skipped", 10).number("kept", 10)
                .build();

        ScoreCard card = model.score(answers);

        assertThat(card.questions()).extracting(q -> q.question().value()).containsExactly("kept");
        assertThat(card.total()).isEqualTo(new ScoreSummary(5, 5, 100));
        assertThat(card.missingCritical()).isEmpty();
    }

    @Test
    void rejectsAProfileThatLeavesOutAScorableQuestionOfAPillar() {
        QuestionnaireDefinition definition = Definitions.definition(
                scale("listed").pillar(Definitions.PILLAR).build(),
                scale("unlisted").pillar(Definitions.PILLAR).build());

        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("listed", linear(1)))))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("does not score question unlisted of pillar");
    }

    @Test
    void aZeroWeightLeavesAQuestionOutOfTheScoreOnPurpose() {
        QuestionnaireDefinition definition = Definitions.definition(
                scale("listed").pillar(Definitions.PILLAR).build(),
                scale("ignored").pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition,
                profile(Map.of("listed", linear(1), "ignored", linear(0))));

        ScoreCard card = model.score(AnswersBuilder.answers().number("listed", 10).number("ignored", 1).build());

        assertThat(card.total()).isEqualTo(new ScoreSummary(10, 10, 100));
        assertThat(model.scores(QuestionId.of("listed"))).isTrue();
    }

    @Test
    void givesAPillarWithoutVisibleQuestionsZeroOfZero() {
        QuestionnaireDefinition definition = Definitions.definition(
                List.of(Definitions.pillar("p"), Definitions.pillar("empty")), List.of(),
                Definitions.step("s1", 1, scale("q").pillar("p").build()));
        ScoringModel model = ScoringModel.compile(definition, ScoringProfile.of("x", 1,
                Map.of(P, 0.5, PillarId.of("empty"), 0.5), Map.of(QuestionId.of("q"), linear(1))));

        ScoreCard card = model.score(AnswersBuilder.answers().number("q", 10).build());

        assertThat(card.pillar(PillarId.of("empty")).orElseThrow().summary()).isEqualTo(new ScoreSummary(0, 0, 0));
        assertThat(card.total()).isEqualTo(new ScoreSummary(5, 5, 100));
    }

    @Test
    void rejectsAVisibilityOfAnotherDefinition() {
        Visibility other = Visibility.of(Definitions.definition(scale("q").build()), Answers.none());

        assertThatThrownBy(() -> CLASSIC_DEFAULT.score(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAProfileScoringAnUnknownQuestion() {
        QuestionnaireDefinition definition = Definitions.definition(scale("q").pillar(Definitions.PILLAR).build());

        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("ghost", linear(1)))))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("unknown question ghost");
    }

    @Test
    void rejectsAFunctionThatCannotScoreTheQuestionType() {
        QuestionnaireDefinition definition = Definitions.definition(
                single("choice", "a", "b").pillar(Definitions.PILLAR).build(),
                scale("rating").pillar(Definitions.PILLAR).build(),
                question("agree", QuestionType.YES_NO).pillar(Definitions.PILLAR).build(),
                question("notes", QuestionType.TEXT_INPUT).pillar(Definitions.PILLAR).build());

        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("choice", linear(1)))))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("function linear cannot score question choice of type single_select");
        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("rating", weighted(1)))))
                .hasMessageContaining("function weighted cannot score question rating of type scale_rating");
        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("choice",
                new QuestionScoring(1, new ScoringFunction.Threshold(List.of(new Band(0, 1, 5))))))))
                .hasMessageContaining("function threshold cannot score question choice of type single_select");
        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("agree",
                new QuestionScoring(1, new ScoringFunction.Threshold(List.of(new Band(0, 1, 5))))))))
                .hasMessageContaining("function threshold cannot score question agree of type yes_no");
        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("notes",
                new QuestionScoring(1, new ScoringFunction.Exponential(2, 1, 0))))))
                .hasMessageContaining("function exponential cannot score question notes of type text_input");
    }

    @Test
    void rejectsAProfileWithoutAWeightForAScoredQuestionsPillar() {
        QuestionnaireDefinition definition = Definitions.definition(scale("q").pillar(Definitions.PILLAR).build());
        ScoringProfile noPillarWeights = ScoringProfile.of("bare", 1, Map.of(), Map.of(QuestionId.of("q"), linear(1)));

        assertThatThrownBy(() -> ScoringModel.compile(definition, noPillarWeights))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("profile bare v1")
                .hasMessageContaining("no weight for pillar p of question q");
    }

    @Test
    void rejectsAProfileWeighingAnUnknownPillar() {
        QuestionnaireDefinition definition = Definitions.definition(scale("q").pillar(Definitions.PILLAR).build());
        ScoringProfile profile = ScoringProfile.of("x", 1, Map.of(P, 1.0, PillarId.of("ghost"), 1.0),
                Map.of(QuestionId.of("q"), linear(1)));

        assertThatThrownBy(() -> ScoringModel.compile(definition, profile))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("unknown pillar ghost");
    }

    @Test
    void rejectsAProfileScoringAQuestionWithoutPillar() {
        QuestionnaireDefinition definition = Definitions.definition(scale("q").build());

        assertThatThrownBy(() -> ScoringModel.compile(definition, profile(Map.of("q", linear(1)))))
                .isInstanceOf(InvalidQuestionnaire.class)
                .hasMessageContaining("question q, which has no pillar");
    }

    @Test
    void scoresNumbersAndPercentagesWithinTheirRanges() {
        QuestionnaireDefinition definition = Definitions.definition(
                question("budget", QuestionType.NUMBER_INPUT).validation(Validation.range(100, 300))
                        .pillar(Definitions.PILLAR).build(),
                question("coverage", QuestionType.PERCENTAGE).pillar(Definitions.PILLAR).build());
        ScoringModel model = ScoringModel.compile(definition,
                profile(Map.of("budget", linear(0.5), "coverage", linear(0.5))));

        ScoreCard card = model.score(AnswersBuilder.answers().number("budget", 150).number("coverage", 62.5).build());

        // (150 − 100) / 200 × 10 = 2.5; 62.5 / 100 × 10 = 6.25; 2.5 × .5 + 6.25 × .5 = 4.375
        assertThat(card.questions()).extracting(QuestionScore::score).containsExactly(2.5, 6.25);
        assertThat(card.pillar(P).orElseThrow().summary()).isEqualTo(new ScoreSummary(4.38, 10, 43.75));
        // the total is built from the rounded pillar score: 4.38 × 1 of 10
        assertThat(card.total()).isEqualTo(new ScoreSummary(4.38, 10, 43.8));
    }

    static ScoringProfile profile(Map<String, QuestionScoring> questions) {
        Map<QuestionId, QuestionScoring> byId = new LinkedHashMap<>();
        questions.forEach((id, scoring) -> byId.put(QuestionId.of(id), scoring));
        return ScoringProfile.of("test", 1, Map.of(P, 1.0), byId);
    }

    static QuestionScoring linear(double weight) {
        return new QuestionScoring(weight, new ScoringFunction.Linear());
    }

    static QuestionScoring weighted(double weight) {
        return new QuestionScoring(weight, new ScoringFunction.Weighted());
    }
}
