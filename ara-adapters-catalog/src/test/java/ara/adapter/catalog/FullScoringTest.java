package ara.adapter.catalog;

import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.PillarId;
import ara.domain.result.AuditResult;
import ara.domain.result.MaturityLevel;
import ara.domain.result.PillarResult;
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

/**
 * The worked example of docs/questionnaire-full.md, scored with the loaded full v1 file to the cent, and the
 * profile each persona of that document is scored with.
 */
class FullScoringTest {
    private static final ScoringScheme SCHEME = FullQuestionnaireTest.SCHEME;
    private static final Answers WORKED = answers(workedAnswers());

    /** A mid-sized retailer in the EU, piloting an invoice-triage agent that may change ERP records. */
    static Map<String, AnswerValue> workedAnswers() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        values.put("company_size", choice("medium"));
        values.put("industry", choice("retail"));
        values.put("eu_exposure", new AnswerValue.Flag(true));
        values.put("regulated_data", choices("personal_data"));
        values.put("ai_stage", choice("pilots"));
        values.put("agent_actions", choices("read_only", "draft_for_review", "write_internal"));
        values.put("use_case_notes", new AnswerValue.Text("Triage incoming supplier invoices in the ERP"));
        values.put("ai_strategy", choice("documented"));
        values.put("executive_sponsor", new AnswerValue.Flag(true));
        values.put("use_case_selection", choice("list"));
        values.put("value_metrics", choices("time_saved", "quality"));
        values.put("business_case_share", new AnswerValue.Number(40));
        values.put("strategy_clarity", new AnswerValue.Number(3));
        values.put("data_inventory", choice("catalogue"));
        values.put("data_classification", choice("policy_only"));
        values.put("data_quality_share", new AnswerValue.Number(50));
        values.put("knowledge_sources", choices("policies", "procedures", "product_docs"));
        values.put("retrieval_permissions", choice("filtered"));
        values.put("personal_data_minimisation", choice("guidance"));
        values.put("api_coverage", new AnswerValue.Number(60));
        values.put("api_descriptions", choice("most"));
        values.put("idempotent_writes", choice("some"));
        values.put("rate_limits", choice("documented"));
        values.put("tool_catalogue", choice("informal"));
        values.put("test_environment", new AnswerValue.Flag(false));
        values.put("integration_lead_time", new AnswerValue.Number(8));
        values.put("machine_identities", choice("service_accounts"));
        values.put("least_privilege", choice("scoped"));
        values.put("secrets_management", choice("vault_rotated"));
        values.put("audit_trail", choice("partial"));
        values.put("prompt_injection_defences", choices("tool_allowlist", "content_filtering"));
        values.put("output_handling", choice("human"));
        values.put("credential_revocation_hours", new AnswerValue.Number(6));
        values.put("supply_chain_review", choice("informal"));
        values.put("ai_policy", choice("approved"));
        values.put("ai_inventory", choice("complete"));
        values.put("human_oversight", choice("ad_hoc"));
        values.put("approval_workflow", choice("sample_afterwards"));
        values.put("vendor_management", choice("procurement"));
        values.put("eu_ai_act_classification", choice("in_progress"));
        values.put("deployer_duties", choices("oversight_assigned", "workers_informed"));
        values.put("dpia", choice("some"));
        values.put("log_retention_months", new AnswerValue.Number(3));
        values.put("observability", choices("errors_latency", "cost"));
        values.put("escalation_path", choice("user_notices"));
        values.put("incident_response", choice("general_only"));
        values.put("rollback_capability", choice("manual"));
        values.put("cost_controls", choices("budgets"));
        values.put("release_process", choice("versioned_reviewed"));
        values.put("ai_literacy_share", new AnswerValue.Number(25));
        values.put("ai_roles", choices("agent_owner", "platform_team"));
        values.put("skills_coverage", new AnswerValue.Number(2));
        values.put("change_management", choice("informed"));
        values.put("acceptable_use", new AnswerValue.Flag(true));
        values.put("feedback_channel", new AnswerValue.Flag(false));
        values.put("change_concerns",
                new AnswerValue.Text("Workload during the change-over and whether invoice clerks stay in control"));
        return values;
    }

    @Test
    void workedAnswersAreValidContainNoUnknownAndPickTheDefaultProfile() {
        assertThat(AnswerValidator.validate(SCHEME.definition(), WORKED)).isEmpty();
        assertThat(WORKED.asMap().values()).noneMatch(value -> value.equals(choice("unknown")));
        assertThat(SCHEME.modelFor(WORKED).profile().id()).isEqualTo("default");
    }

    @Test
    void workedAnswersHideTheQuestionsTheirBranchesDoNotReach() {
        Visibility visibility = Visibility.of(SCHEME.definition(), WORKED);
        assertThat(visibility.visibleQuestions().size()).isEqualTo(56);
        assertThat(FullQuestionnaireTest.FULL.questions()).filteredOn(q -> !visibility.isVisible(q.id()))
                .extracting(q -> q.id().value())
                .containsExactly("payment_limits", "fundamental_rights_assessment", "agents_in_production",
                        "agent_evaluation", "kill_switch");
    }

    @Test
    void scoresEveryVisibleQuestionOfTheWorkedExample() {
        ScoreCard card = SCHEME.score(WORKED);
        assertThat(card.questions()).allMatch(QuestionScore::answered);
        assertThat(card.questions()).extracting(q -> q.question().value(), QuestionScore::score, QuestionScore::weight)
                .containsExactly(
                        tuple("ai_strategy", 6.0, 1.5),
                        tuple("executive_sponsor", 10.0, 1.0),
                        tuple("use_case_selection", 3.0, 1.0),
                        tuple("value_metrics", 4.0, 1.0),
                        tuple("business_case_share", 4.0, 0.5),
                        tuple("strategy_clarity", 5.0, 0.5),
                        tuple("data_inventory", 7.0, 1.0),
                        tuple("data_classification", 3.0, 1.0),
                        tuple("data_quality_share", 5.0, 1.0),
                        tuple("knowledge_sources", 6.0, 0.5),
                        tuple("retrieval_permissions", 7.0, 1.0),
                        tuple("personal_data_minimisation", 3.0, 1.0),
                        tuple("api_coverage", 6.0, 1.5),
                        tuple("api_descriptions", 7.0, 1.0),
                        tuple("idempotent_writes", 4.0, 1.0),
                        tuple("rate_limits", 7.0, 0.5),
                        tuple("tool_catalogue", 3.0, 1.0),
                        tuple("test_environment", 0.0, 0.5),
                        tuple("integration_lead_time", 4.0, 0.5),
                        tuple("machine_identities", 4.0, 1.5),
                        tuple("least_privilege", 7.0, 1.5),
                        tuple("secrets_management", 8.0, 1.0),
                        tuple("audit_trail", 3.0, 1.5),
                        tuple("prompt_injection_defences", 3.33, 1.0),
                        tuple("output_handling", 4.0, 1.0),
                        tuple("credential_revocation_hours", 4.0, 0.5),
                        tuple("supply_chain_review", 3.0, 0.5),
                        tuple("ai_policy", 7.0, 1.0),
                        tuple("ai_inventory", 7.0, 1.0),
                        tuple("human_oversight", 3.0, 1.5),
                        tuple("approval_workflow", 3.0, 1.0),
                        tuple("vendor_management", 3.0, 0.5),
                        tuple("eu_ai_act_classification", 4.0, 1.0),
                        tuple("deployer_duties", 3.33, 1.0),
                        tuple("dpia", 4.0, 1.0),
                        tuple("log_retention_months", 4.0, 0.5),
                        tuple("observability", 4.0, 1.0),
                        tuple("escalation_path", 3.0, 1.0),
                        tuple("incident_response", 3.0, 1.0),
                        tuple("rollback_capability", 3.0, 1.0),
                        tuple("cost_controls", 2.5, 0.5),
                        tuple("release_process", 7.0, 1.0),
                        tuple("ai_literacy_share", 2.5, 1.0),
                        tuple("ai_roles", 6.0, 1.0),
                        tuple("skills_coverage", 2.5, 1.0),
                        tuple("change_management", 3.0, 1.0),
                        tuple("acceptable_use", 10.0, 0.5),
                        tuple("feedback_channel", 0.0, 0.5));
        assertThat(card.missingCritical()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} / {2} ({3} %), weight {4}, {5}")
    @CsvSource({
            "strategy_value, 30.5, 55.0, 55.45, 0.12, DEVELOPING",
            "data_foundations, 28.0, 55.0, 50.91, 0.14, DEVELOPING",
            "technical_platform, 28.5, 60.0, 47.5, 0.16, DEVELOPING",
            "security_identity, 39.83, 85.0, 46.86, 0.18, DEVELOPING",
            "governance_risk, 36.33, 85.0, 42.74, 0.16, DEVELOPING",
            "operations, 21.25, 55.0, 38.64, 0.14, BEGINNER",
            "people_change, 19.0, 50.0, 38.0, 0.1, BEGINNER",
    })
    void scoresEveryPillarOfTheWorkedExample(String pillar, double score, double max, double percent,
                                            double weight, MaturityLevel level) {
        PillarScore pillarScore = SCHEME.score(WORKED).pillar(PillarId.of(pillar)).orElseThrow();
        assertThat(pillarScore.summary()).isEqualTo(new ScoreSummary(score, max, percent));
        assertThat(pillarScore.weight()).isEqualTo(weight);
        assertThat(MaturityLevel.of(percent)).isEqualTo(level);
    }

    @Test
    void scoresTheTotalAndLevelOfTheWorkedExample() {
        AuditResult result = ResultAssembler.assemble(SCHEME, WORKED, Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(result.scoreCard().profileId()).isEqualTo("default");
        assertThat(result.scoreCard().total()).isEqualTo(new ScoreSummary(30.0, 65.5, 45.8));
        assertThat(result.level()).isEqualTo(MaturityLevel.DEVELOPING);
        assertThat(result.pillars()).extracting(PillarResult::title).containsExactly("Strategy and Value",
                "Data Foundations", "Technical Platform", "Security and Identity", "Governance and Risk", "Operations",
                "People and Change");
        assertThat(result.insights()).extracting(insight -> insight.code())
                .containsExactly("write_access_without_audit_trail", "regulated_data_without_oversight");
    }

    @Test
    void workedExampleRaisesTheTwoDocumentedCrossChecks() {
        assertThat(CrossChecks.warnings(Visibility.of(SCHEME.definition(), WORKED))).extracting(Warning::code)
                .containsExactly("write_access_without_audit_trail", "regulated_data_without_oversight");
    }

    @Test
    void hiddenAnswersDoNotChangeTheWorkedExample() {
        Map<String, AnswerValue> more = new LinkedHashMap<>(workedAnswers());
        more.put("payment_limits", choice("none"));
        more.put("fundamental_rights_assessment", choice("not_considered"));
        more.put("agent_evaluation", choice("none"));
        more.put("kill_switch", new AnswerValue.Flag(false));
        assertThat(SCHEME.score(answers(more))).isEqualTo(SCHEME.score(WORKED));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "Nordic software start-up            | startup    | technology    | personal_data                | startup",
            "Regional retailer (worked example)  | medium     | retail        | personal_data                | default",
            "Logistics group                     | enterprise | manufacturing | personal_data                | enterprise",
            "Consultancy                         | large      | consulting    | none                         | enterprise",
            "Insurer                             | large      | finance       | personal_data, financial_records | regulated",
            "Hospital group                      | enterprise | healthcare    | personal_data, health_data   | regulated",
            "Online shop taking card payments    | small      | retail        | personal_data, payment_data  | regulated",
            "Fintech start-up                    | startup    | finance       | payment_data                 | regulated",
    })
    void scoresEachPersonaWithItsProfile(String persona, String size, String industry, String data,
                                         String profile) {
        Answers answers = answers(Map.of("company_size", choice(size), "industry", choice(industry),
                "regulated_data", choices(data.split(",\\s*"))));
        assertThat(SCHEME.modelFor(answers).profile().id()).as(persona).isEqualTo(profile);
    }
}
