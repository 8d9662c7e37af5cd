package ara.adapter.report.pdf;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.report.ReportContent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.QuestionId;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AuditResult;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.scoring.ScoringScheme;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scored audits of the shipped classic questionnaire (loaded by the catalog adapter from its JSON), scored by the
 * domain exactly as submit does. Stateless and thread-safe.
 */
final class ReportSamples {
    static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2026-11-24T16:30:00Z");
    static final Instant GENERATED = Instant.parse("2026-11-26T12:00:00Z");
    static final ScoringScheme SCHEME = scheme();

    private ReportSamples() {
    }

    private static ScoringScheme scheme() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        return catalog.current(catalog.defaultQuestionnaire()).orElseThrow();
    }

    /** The worked example: a medium retailer piloting AI; the default profile scores it 6.5 / 10. */
    static Answers workedExample() {
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

    /** A large hospital group: enterprise profile, a cross-question warning (no HIPAA), mixed scores. */
    static Answers hospital() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(workedExample().asMap());
        choice(values, "company_size", "large");
        choice(values, "industry", "healthcare");
        choice(values, "current_ai_usage", "exploring");
        choice(values, "api_architecture", "rest_basic");
        choices(values, "testing_practices", "unit_tests");
        number(values, "code_quality", 4);
        choice(values, "data_sensitivity", "regulated");
        choices(values, "security_practices", "access_control", "vulnerability_scanning");
        choice(values, "deployment_automation", "scripted");
        number(values, "incident_response", 3);
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

    /** Started, answered and submitted through the aggregate, as the services do. */
    static Audit scored(String organizationName, Answers answers) {
        return Audit.start(new AuditId(UUID.randomUUID()), SCHEME, organizationName, new OwnerId("owner-1"), STARTED)
                .answerAll(SCHEME, answers, STARTED.plusSeconds(60))
                .submit(SCHEME, GuestSubmitPolicy.OPEN, SUBMITTED);
    }

    /**
     * The same audit as storage might hand it back with any organisation name, even one longer than the API
     * accepts today (stored data outlives validation rules).
     */
    static Audit withStoredName(Audit audit, String organizationName) {
        return audit.snapshot().toBuilder()
                .organizationName(organizationName)
                .status(AuditStatus.SCORED)
                .result(audit.result().orElseThrow())
                .guestToken(null)
                .guestEmail(null)
                .reload();
    }

    /**
     * The audit as storage hands back one scored before result version 2: its stored result rebuilt with the version
     * 1 rules (improvements only, three 30-day windows by priority, no knowledge gaps, no next level).
     */
    static Audit storedVersion1(Audit audit) {
        AuditResult result = audit.result().orElseThrow();
        List<Recommendation> recommendations = result.recommendations().stream()
                .filter(r -> r.kind() == Recommendation.Kind.IMPROVE)
                .map(r -> new Recommendation(r.question(), r.pillar(), r.title(), r.description(), r.effort(),
                        r.expectedImpact(), r.impact(), r.priority())).toList();
        List<RoadmapPhase> roadmap = Arrays.stream(Priority.values()).map(priority -> new RoadmapPhase(
                priority.window(), recommendations.stream().filter(r -> r.priority() == priority).toList())).toList();
        AuditResult version1 = new AuditResult(result.questionnaire(), result.questionnaireVersion(),
                result.scoringVersion(), result.scoreCard(), result.level(), result.pillars(), result.strengths(),
                result.gaps(), recommendations, roadmap, result.insights(), result.calculatedAt());
        return audit.snapshot().toBuilder().result(version1).reload();
    }

    static ReportContent content(Audit audit, ReportTemplate template, ReportCustomization customization) {
        return ReportContent.of(audit, SCHEME, template, customization, GENERATED);
    }

    static ReportContent workedExample(ReportTemplate template) {
        return content(scored("Contoso Retail", workedExample()), template, ReportCustomization.none());
    }
}
