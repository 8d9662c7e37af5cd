package ara.adapter.catalog;

import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.PillarId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoreSummary;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static ara.adapter.catalog.ClassicQuestionnaireTest.answers;
import static ara.adapter.catalog.ClassicQuestionnaireTest.choice;
import static ara.adapter.catalog.ClassicQuestionnaireTest.choices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The worked check: one complete set of answers scored with the loaded classic v1 file and its default profile. */
class ClassicScoringTest {
    private static final ScoringScheme SCHEME = new ClasspathQuestionnaireCatalog()
            .find(ClasspathQuestionnaireCatalog.CLASSIC, 1).orElseThrow();

    private static final Answers WORKED = answers(workedAnswers());

    private static Map<String, AnswerValue> workedAnswers() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        values.put("company_size", choice("medium"));
        values.put("industry", choice("retail"));
        values.put("current_ai_usage", choice("pilot"));
        values.put("tech_stack_maturity", new AnswerValue.Number(7));
        values.put("api_architecture", choice("rest_mature"));
        values.put("cloud_infrastructure", choice("hybrid"));
        values.put("data_infrastructure", choice("data_warehouse"));
        values.put("version_control", choice("git_ci"));
        values.put("testing_practices", choices("unit_tests", "integration_tests"));
        values.put("code_quality", new AnswerValue.Number(6));
        values.put("security_practices", choices("access_control", "encryption", "audit_logs"));
        values.put("compliance_requirements", choices("gdpr"));
        values.put("data_sensitivity", choice("confidential"));
        values.put("monitoring_capabilities", choices("application_monitoring", "alerting"));
        values.put("deployment_automation", choice("ci_cd_basic"));
        values.put("incident_response", new AnswerValue.Number(5));
        return values;
    }

    @Test
    void workedAnswersAreValidAndPickTheDefaultProfile() {
        assertThat(AnswerValidator.validate(SCHEME.definition(), WORKED)).isEmpty();
        assertThat(SCHEME.modelFor(WORKED).profile().id()).isEqualTo("default");
    }

    @Test
    void scoresEveryQuestionOfTheWorkedCheck() {
        ScoreCard card = SCHEME.score(WORKED);
        assertThat(card.questions()).extracting(q -> q.question().value(), QuestionScore::score)
                .containsExactly(
                        tuple("company_size", 8.33),
                        tuple("industry", 8.33),
                        tuple("current_ai_usage", 6.0),
                        tuple("tech_stack_maturity", 6.67),
                        tuple("api_architecture", 6.67),
                        tuple("cloud_infrastructure", 5.83),
                        tuple("data_infrastructure", 6.67),
                        tuple("version_control", 8.33),
                        tuple("testing_practices", 5.0),
                        tuple("code_quality", 5.56),
                        tuple("security_practices", 5.5),
                        tuple("compliance_requirements", 2.0),
                        tuple("data_sensitivity", 6.0),
                        tuple("monitoring_capabilities", 4.0),
                        tuple("deployment_automation", 6.67),
                        tuple("incident_response", 4.44));
        assertThat(card.questions()).allMatch(QuestionScore::answered);
    }

    @ParameterizedTest(name = "{0}: {1} / {2} ({3} %)")
    @CsvSource({
            "business_readiness,    4.72,  6.5, 72.55, 0.25",
            "technical_readiness,   9.75, 15.0, 65.01, 0.35",
            "security_readiness,    4.6,  10.0, 46.0,  0.20",
            "operational_readiness, 4.93, 10.0, 49.33, 0.20",
    })
    void scoresEveryPillarOfTheWorkedCheck(String pillar, double score, double max, double percent,
                                           double weight) {
        PillarScore pillarScore = SCHEME.score(WORKED).pillar(PillarId.of(pillar)).orElseThrow();
        assertThat(pillarScore.summary()).isEqualTo(new ScoreSummary(score, max, percent));
        assertThat(pillarScore.weight()).isEqualTo(weight);
    }

    @Test
    void scoresTheTotalOfTheWorkedCheck() {
        ScoreCard card = SCHEME.score(WORKED);
        assertThat(card.profileId()).isEqualTo("default");
        assertThat(card.total()).isEqualTo(new ScoreSummary(6.5, 10.88, 59.76));
        assertThat(card.missingCritical()).isEmpty();
    }

    @Test
    void assemblesTheSameScoresWithRecommendationsFromTheLoadedAdvice() {
        AuditResult result = ResultAssembler.assemble(SCHEME, WORKED, Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(result.questionnaire()).isEqualTo(ClasspathQuestionnaireCatalog.CLASSIC);
        assertThat(result.questionnaireVersion()).isEqualTo(1);
        assertThat(result.scoringVersion()).isEqualTo(1);
        assertThat(result.scoreCard().total()).isEqualTo(new ScoreSummary(6.5, 10.88, 59.76));
        assertThat(result.pillars()).extracting(p -> p.title())
                .containsExactly("Business Readiness", "Technical Readiness", "Security Readiness",
                        "Operational Readiness");
        // Every answered question below 7 carries advice, so each becomes a recommendation.
        long below = result.scoreCard().questions().stream().filter(q -> q.score() < ResultAssembler.RECOMMEND_BELOW)
                .count();
        assertThat(result.recommendations()).hasSize((int) below).allSatisfy(recommendation -> {
            assertThat(recommendation.title()).isNotBlank();
            assertThat(recommendation.description()).isNotBlank();
            assertThat(recommendation.expectedImpact()).isNotBlank();
        });
        assertThat(result.insights()).isEmpty();
    }
}
