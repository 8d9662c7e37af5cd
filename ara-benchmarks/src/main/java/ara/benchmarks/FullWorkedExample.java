package ara.benchmarks;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionId;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worked example of {@code docs/questionnaire-full.md}: a mid-sized EU retailer piloting an invoice-triage agent,
 * 56 of the full questionnaire's 61 questions visible and answered; the default profile scores it 30.00 of 65.50.
 */
final class FullWorkedExample {
    static final double TOTAL = 30.0;

    /** Question id, kind (c choice, m choices, f flag, n number, t text), value(s): one answer a line. */
    private static final String ANSWERS = """
            company_size c medium
            industry c retail
            eu_exposure f true
            regulated_data m personal_data
            ai_stage c pilots
            agent_actions m read_only draft_for_review write_internal
            use_case_notes t Triage incoming supplier invoices in the ERP
            ai_strategy c documented
            executive_sponsor f true
            use_case_selection c list
            value_metrics m time_saved quality
            business_case_share n 40
            strategy_clarity n 3
            data_inventory c catalogue
            data_classification c policy_only
            data_quality_share n 50
            knowledge_sources m policies procedures product_docs
            retrieval_permissions c filtered
            personal_data_minimisation c guidance
            api_coverage n 60
            api_descriptions c most
            idempotent_writes c some
            rate_limits c documented
            tool_catalogue c informal
            test_environment f false
            integration_lead_time n 8
            machine_identities c service_accounts
            least_privilege c scoped
            secrets_management c vault_rotated
            audit_trail c partial
            prompt_injection_defences m tool_allowlist content_filtering
            output_handling c human
            credential_revocation_hours n 6
            supply_chain_review c informal
            ai_policy c approved
            ai_inventory c complete
            human_oversight c ad_hoc
            approval_workflow c sample_afterwards
            vendor_management c procurement
            eu_ai_act_classification c in_progress
            deployer_duties m oversight_assigned workers_informed
            dpia c some
            log_retention_months n 3
            observability m errors_latency cost
            escalation_path c user_notices
            incident_response c general_only
            rollback_capability c manual
            cost_controls m budgets
            release_process c versioned_reviewed
            ai_literacy_share n 25
            ai_roles m agent_owner platform_team
            skills_coverage n 2
            change_management c informed
            acceptable_use f true
            feedback_channel f false
            change_concerns t Workload during the change-over and whether invoice clerks stay in control
            """;

    private FullWorkedExample() {
    }

    static Answers answers() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        ANSWERS.lines().map(line -> line.split(" ", 3)).forEach(parts -> values.put(QuestionId.of(parts[0]),
                switch (parts[1]) {
                    case "c" -> new AnswerValue.Choice(parts[2]);
                    case "m" -> new AnswerValue.Choices(Arrays.asList(parts[2].split(" ")));
                    case "f" -> new AnswerValue.Flag(Boolean.parseBoolean(parts[2]));
                    case "n" -> new AnswerValue.Number(Double.parseDouble(parts[2]));
                    case "t" -> new AnswerValue.Text(parts[2]);
                    default -> throw new IllegalStateException("unknown answer kind in " + String.join(" ", parts));
                }));
        return Answers.of(values);
    }
}
