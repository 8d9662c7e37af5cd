package ara.benchmarks;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.report.ReportContent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.QuestionId;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import ara.domain.scoring.ScoringScheme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The worked example: all 16 answers of the classic questionnaire; the default profile scores it 6.5. */
final class WorkedExample {
    static final double TOTAL = 6.5;
    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    private WorkedExample() {
    }

    /** The worked example submitted and scored through the aggregate, as the report of {@code template}. */
    static ReportContent report(ReportTemplate template) {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        ScoringScheme scheme = catalog.current(catalog.defaultQuestionnaire()).orElseThrow();
        Audit audit = Audit.start(new AuditId(UUID.randomUUID()), scheme, "Contoso Retail", new OwnerId("bench"), AT)
                .answerAll(scheme, answers(), AT)
                .submit(scheme, GuestSubmitPolicy.OPEN, AT);
        return ReportContent.of(audit, scheme, template, ReportCustomization.none(), AT);
    }

    static Answers answers() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        choice(values, "company_size", "medium");
        choice(values, "industry", "retail");
        choice(values, "current_ai_usage", "pilot");
        number(values, "tech_stack_maturity", 7);
        choice(values, "api_architecture", "rest_mature");
        choice(values, "cloud_infrastructure", "hybrid");
        choice(values, "data_infrastructure", "data_warehouse");
        choice(values, "version_control", "git_ci");
        choices(values, "testing_practices", "unit_tests", "integration_tests");
        number(values, "code_quality", 6);
        choices(values, "security_practices", "access_control", "encryption", "audit_logs");
        choices(values, "compliance_requirements", "gdpr");
        choice(values, "data_sensitivity", "confidential");
        choices(values, "monitoring_capabilities", "application_monitoring", "alerting");
        choice(values, "deployment_automation", "ci_cd_basic");
        number(values, "incident_response", 5);
        return Answers.of(values);
    }

    private static void choice(Map<QuestionId, AnswerValue> values, String question, String option) {
        values.put(QuestionId.of(question), new AnswerValue.Choice(option));
    }

    private static void choices(Map<QuestionId, AnswerValue> values, String question, String... options) {
        values.put(QuestionId.of(question), new AnswerValue.Choices(List.of(options)));
    }

    private static void number(Map<QuestionId, AnswerValue> values, String question, double value) {
        values.put(QuestionId.of(question), new AnswerValue.Number(value));
    }
}
