package ara.bootstrap.e2e;

import java.util.List;

/**
 * Three organisations answering the {@code full} questionnaire, in wizard order, each taking other branches of its
 * conditional logic. Only the questions each one is shown are answered (values are JSON text).
 */
final class FullAssessmentAnswers {
    private FullAssessmentAnswers() {
    }

    /**
     * A start-up with no AI in use: the operations step is skipped, production-only and write-only questions are
     * hidden; no regulated data, no EU exposure. Profile {@code startup}.
     */
    static final List<String[]> NO_AI_STARTUP = List.of(
            a("company_size", "\"startup\""), a("industry", "\"technology\""), a("eu_exposure", "false"),
            a("regulated_data", "[\"none\"]"), a("ai_stage", "\"none\""), a("agent_actions", "[\"none\"]"),
            a("use_case_notes", "\"Considering a support-ticket triage agent next year.\""),
            a("ai_strategy", "\"informal\""), a("executive_sponsor", "true"), a("use_case_selection", "\"list\""),
            a("value_metrics", "[\"time_saved\"]"), a("business_case_share", "20"), a("strategy_clarity", "2"),
            a("data_inventory", "\"partial\""), a("data_classification", "\"policy_only\""),
            a("data_quality_share", "40"), a("knowledge_sources", "[\"product_docs\"]"),
            a("retrieval_permissions", "\"by_source\""),
            a("api_coverage", "70"), a("api_descriptions", "\"most\""), a("idempotent_writes", "\"some\""),
            a("rate_limits", "\"documented\""), a("tool_catalogue", "\"none\""), a("test_environment", "true"),
            a("integration_lead_time", "2"),
            a("machine_identities", "\"service_accounts\""), a("least_privilege", "\"role\""),
            a("secrets_management", "\"vault\""), a("audit_trail", "\"partial\""),
            a("prompt_injection_defences", "[\"none\"]"), a("output_handling", "\"human\""),
            a("supply_chain_review", "\"informal\""),
            a("ai_policy", "\"draft\""), a("ai_inventory", "\"none\""), a("human_oversight", "\"ad_hoc\""),
            a("vendor_management", "\"procurement\""),
            a("ai_literacy_share", "30"), a("ai_roles", "[\"champions\"]"), a("skills_coverage", "2"),
            a("change_management", "\"informed\""), a("acceptable_use", "false"), a("feedback_channel", "true"));

    /**
     * A regulated enterprise (finance, EU, personal data and financial records) running agents in production that
     * write to external systems and move money, with no audit trail, no oversight and no evaluation: every
     * conditional section is shown and three cross-checks fire. Profile {@code regulated}.
     */
    static final List<String[]> RISKY_REGULATED_ENTERPRISE = List.of(
            a("company_size", "\"enterprise\""), a("industry", "\"finance\""), a("eu_exposure", "true"),
            a("regulated_data", "[\"personal_data\",\"financial_records\"]"), a("ai_stage", "\"production\""),
            a("agent_actions", "[\"read_only\",\"write_external\",\"payments\"]"),
            a("use_case_notes", "\"Agents reconcile payments and answer customers' account questions.\""),
            a("ai_strategy", "\"documented\""), a("executive_sponsor", "true"),
            a("use_case_selection", "\"scored\""), a("value_metrics", "[\"cost\",\"quality\"]"),
            a("business_case_share", "60"), a("strategy_clarity", "4"),
            a("data_inventory", "\"catalogue\""), a("data_classification", "\"applied\""),
            a("data_quality_share", "75"), a("knowledge_sources", "[\"policies\",\"procedures\",\"case_history\"]"),
            a("retrieval_permissions", "\"filtered\""), a("personal_data_minimisation", "\"guidance\""),
            a("api_coverage", "85"), a("api_descriptions", "\"partial\""), a("idempotent_writes", "\"no\""),
            a("rate_limits", "\"hidden\""), a("tool_catalogue", "\"informal\""), a("test_environment", "true"),
            a("integration_lead_time", "8"),
            a("machine_identities", "\"shared_accounts\""), a("least_privilege", "\"broad\""),
            a("secrets_management", "\"vault_rotated\""), a("audit_trail", "\"none\""),
            a("prompt_injection_defences", "[\"content_filtering\"]"), a("output_handling", "\"trusted\""),
            a("credential_revocation_hours", "48"), a("supply_chain_review", "\"checklist\""),
            a("ai_policy", "\"approved\""), a("ai_inventory", "\"partial\""), a("human_oversight", "\"none\""),
            a("approval_workflow", "\"sample_afterwards\""), a("payment_limits", "\"prompt_only\""),
            a("vendor_management", "\"ai_due_diligence\""), a("eu_ai_act_classification", "\"in_progress\""),
            a("deployer_duties", "[\"use_per_instructions\",\"logs_retained\"]"),
            a("fundamental_rights_assessment", "\"required_not_started\""), a("dpia", "\"some\""),
            a("log_retention_months", "6"),
            a("agents_in_production", "12"), a("agent_evaluation", "\"none\""),
            a("observability", "[\"errors_latency\",\"cost\"]"), a("escalation_path", "\"user_notices\""),
            a("incident_response", "\"general_only\""), a("kill_switch", "false"),
            a("rollback_capability", "\"manual\""), a("cost_controls", "[\"budgets\"]"),
            a("release_process", "\"manual_test\""),
            a("ai_literacy_share", "55"), a("ai_roles", "[\"agent_owner\",\"risk_contact\"]"),
            a("skills_coverage", "3"), a("change_management", "\"consulted\""), a("acceptable_use", "true"),
            a("feedback_channel", "false"), a("change_concerns", "\"Staff fear agents will replace reviewers.\""));

    /**
     * A mid-sized retailer piloting agents that answers "I don't know" wherever it honestly does not know.
     * Profile {@code default}.
     */
    static final List<String[]> MANY_UNKNOWNS = List.of(
            a("company_size", "\"medium\""), a("industry", "\"retail\""), a("eu_exposure", "false"),
            a("regulated_data", "[\"unknown\"]"), a("ai_stage", "\"pilots\""),
            a("agent_actions", "[\"draft_for_review\"]"),
            a("ai_strategy", "\"unknown\""), a("executive_sponsor", "false"), a("use_case_selection", "\"unknown\""),
            a("value_metrics", "[\"unknown\"]"), a("business_case_share", "10"), a("strategy_clarity", "3"),
            a("data_inventory", "\"unknown\""), a("data_classification", "\"unknown\""),
            a("data_quality_share", "50"), a("knowledge_sources", "[\"procedures\"]"),
            a("retrieval_permissions", "\"unknown\""),
            a("api_coverage", "50"), a("api_descriptions", "\"unknown\""), a("idempotent_writes", "\"unknown\""),
            a("rate_limits", "\"unknown\""), a("tool_catalogue", "\"curated\""), a("test_environment", "false"),
            a("integration_lead_time", "4"),
            a("machine_identities", "\"unknown\""), a("least_privilege", "\"scoped\""),
            a("secrets_management", "\"unknown\""), a("audit_trail", "\"full_tool_calls\""),
            a("prompt_injection_defences", "[\"unknown\"]"), a("output_handling", "\"schema\""),
            a("credential_revocation_hours", "24"), a("supply_chain_review", "\"unknown\""),
            a("ai_policy", "\"unknown\""), a("ai_inventory", "\"partial\""),
            a("human_oversight", "\"approval_for_high_impact\""), a("vendor_management", "\"unknown\""),
            a("observability", "[\"unknown\"]"), a("escalation_path", "\"handover\""),
            a("incident_response", "\"unknown\""), a("cost_controls", "[\"alerts\"]"),
            a("release_process", "\"versioned_reviewed\""),
            a("ai_literacy_share", "25"), a("ai_roles", "[\"none\"]"), a("skills_coverage", "2"),
            a("change_management", "\"unknown\""), a("acceptable_use", "true"), a("feedback_channel", "true"));

    private static String[] a(String question, String json) {
        return new String[] {question, json};
    }
}
