package ara.adapter.catalog;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;
import ara.domain.scoring.Band;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The shipped classic v1 questionnaire holds exactly the agreed questions, options, weights and rules. */
class ClassicQuestionnaireTest {
    private static final ScoringScheme SCHEME = new ClasspathQuestionnaireCatalog()
            .current(ClasspathQuestionnaireCatalog.CLASSIC).orElseThrow();
    private static final QuestionnaireDefinition CLASSIC = SCHEME.definition();

    private static final PillarId BUSINESS = PillarId.of("business_readiness");
    private static final PillarId TECHNICAL = PillarId.of("technical_readiness");
    private static final PillarId SECURITY = PillarId.of("security_readiness");
    private static final PillarId OPERATIONAL = PillarId.of("operational_readiness");

    @Test
    void isClassicVersionOneWithTitleAndDuration() {
        assertThat(CLASSIC.id().value()).isEqualTo("classic");
        assertThat(CLASSIC.version()).isEqualTo(1);
        assertThat(CLASSIC.title()).isNotBlank();
        assertThat(CLASSIC.description()).isNotBlank();
        assertThat(CLASSIC.estimatedMinutes())
                .isEqualTo(CLASSIC.steps().stream().mapToInt(Step::estimatedMinutes).sum());
    }

    @Test
    void hasTheFourPillarsInOrder() {
        assertThat(CLASSIC.pillars()).extracting(Pillar::id)
                .containsExactly(BUSINESS, TECHNICAL, SECURITY, OPERATIONAL);
        assertThat(CLASSIC.pillars()).allSatisfy(pillar -> {
            assertThat(pillar.title()).isNotBlank();
            assertThat(pillar.description()).isNotBlank();
        });
    }

    @Test
    void hasExactlyFiveStepsAndSixteenQuestions() {
        assertThat(CLASSIC.steps()).extracting(step -> step.id().value()).containsExactly("organization_overview",
                "technical_infrastructure", "development_practices", "security_compliance", "operations_monitoring");
        assertThat(CLASSIC.questions()).extracting(question -> question.id().value()).containsExactly(
                "company_size", "industry", "current_ai_usage",
                "tech_stack_maturity", "api_architecture", "cloud_infrastructure", "data_infrastructure",
                "version_control", "testing_practices", "code_quality",
                "security_practices", "compliance_requirements", "data_sensitivity",
                "monitoring_capabilities", "deployment_automation", "incident_response");
    }

    @ParameterizedTest(name = "step {1}: {0}")
    @CsvSource({
            "organization_overview,    1, Organization Overview",
            "technical_infrastructure, 2, Technical Infrastructure",
            "development_practices,    3, Development Practices",
            "security_compliance,      4, Security & Compliance",
            "operations_monitoring,    5, Operations & Monitoring",
    })
    void stepHasItsTitleOrderAndDuration(String id, int order, String title) {
        Step step = CLASSIC.steps().get(order - 1);
        assertThat(step.id().value()).isEqualTo(id);
        assertThat(step.order()).isEqualTo(order);
        assertThat(step.title()).isEqualTo(title);
        assertThat(step.description()).isNotBlank();
        assertThat(step.estimatedMinutes()).isBetween(1, 10);
        assertThat(step.skippedWhen()).isEmpty();
    }

    /** The agreed table: step, question, type, required, pillar, default weight, function, options (id=weight, ! exclusive). */
    static Stream<Arguments> questionTable() {
        return Stream.of(
                row("organization_overview", "company_size", "single_select", true, BUSINESS, 0.20, "weighted",
                        "startup=0.8 small=0.9 medium=1.0 large=1.1 enterprise=1.2"),
                row("organization_overview", "industry", "single_select", true, BUSINESS, 0.15, "weighted",
                        "technology=1.2 finance=1.0 healthcare=0.9 retail=1.0 manufacturing=0.8 consulting=1.1 "
                                + "education=0.9 other=0.8"),
                row("organization_overview", "current_ai_usage", "single_select", true, BUSINESS, 0.30, "weighted",
                        "none=0.2 exploring=0.4 pilot=0.6 limited_production=0.8 wide_adoption=1.0"),
                row("technical_infrastructure", "tech_stack_maturity", "scale_rating", true, TECHNICAL, 0.30,
                        "linear", ""),
                row("technical_infrastructure", "api_architecture", "single_select", true, TECHNICAL, 0.25,
                        "weighted", "none=0.2 rest_basic=0.6 rest_mature=0.8 graphql=1.0 microservices=1.2"),
                row("technical_infrastructure", "cloud_infrastructure", "single_select", true, TECHNICAL, 0.20,
                        "weighted", "on_premise=0.4 hybrid=0.7 cloud_basic=0.8 cloud_managed=1.0 cloud_native=1.2"),
                row("technical_infrastructure", "data_infrastructure", "single_select", true, TECHNICAL, 0.25,
                        "weighted", "basic_db=0.3 structured_data=0.6 data_warehouse=0.8 real_time=1.0 ml_ready=1.2"),
                row("development_practices", "version_control", "single_select", true, TECHNICAL, 0.20, "weighted",
                        "basic_git=0.6 git_workflow=0.8 git_ci=1.0 advanced_devops=1.2"),
                row("development_practices", "testing_practices", "multi_select", true, TECHNICAL, 0.15, "weighted",
                        "unit_tests=0.25 integration_tests=0.25 e2e_tests=0.25 performance_tests=0.15 "
                                + "security_tests=0.10"),
                row("development_practices", "code_quality", "scale_rating", true, TECHNICAL, 0.15, "linear", ""),
                row("security_compliance", "security_practices", "multi_select", true, SECURITY, 0.40, "weighted",
                        "access_control=0.2 encryption=0.2 audit_logs=0.15 vulnerability_scanning=0.15 "
                                + "incident_response=0.15 security_training=0.15"),
                row("security_compliance", "compliance_requirements", "multi_select", false, SECURITY, 0.30,
                        "weighted", "gdpr=0.2 hipaa=0.2 sox=0.2 iso27001=0.2 pci_dss=0.2 none=0!"),
                row("security_compliance", "data_sensitivity", "single_select", true, SECURITY, 0.30, "weighted",
                        "public=1.0 internal=0.8 confidential=0.6 regulated=0.4"),
                row("operations_monitoring", "monitoring_capabilities", "multi_select", true, OPERATIONAL, 0.40,
                        "weighted", "application_monitoring=0.25 infrastructure_monitoring=0.25 log_aggregation=0.2 "
                                + "alerting=0.15 distributed_tracing=0.15"),
                row("operations_monitoring", "deployment_automation", "single_select", true, OPERATIONAL, 0.30,
                        "weighted", "manual=0.2 scripted=0.5 ci_cd_basic=0.8 ci_cd_advanced=1.0 gitops=1.2"),
                row("operations_monitoring", "incident_response", "scale_rating", true, OPERATIONAL, 0.30, "linear",
                        ""));
    }

    private static Arguments row(String step, String question, String type, boolean required, PillarId pillar,
                                 double weight, String function, String options) {
        return arguments(step, question, type, required, pillar, weight, function, options);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("questionTable")
    void questionMatchesTheTable(String step, String id, String type, boolean required, PillarId pillar,
                                 double weight, String function, String options) {
        Question question = CLASSIC.question(QuestionId.of(id)).orElseThrow();
        assertThat(question.step().value()).isEqualTo(step);
        assertThat(question.type().code()).isEqualTo(type);
        assertThat(question.required()).isEqualTo(required);
        assertThat(question.pillar()).isEqualTo(pillar);
        assertThat(question.options()).extracting(AnswerOption::id, AnswerOption::weight, AnswerOption::exclusive)
                .containsExactlyElementsOf(expectedOptions(options));
        if (question.type() == QuestionType.SCALE_RATING) {
            assertThat(question.minimum()).isEqualTo(1);
            assertThat(question.maximum()).isEqualTo(10);
        }
        QuestionScoring scoring = defaultProfile().scoring(question.id()).orElseThrow();
        assertThat(scoring.weight()).isEqualTo(weight);
        assertThat(scoring.function().code()).isEqualTo(function);
    }

    private static List<Tuple> expectedOptions(String options) {
        if (options.isBlank()) {
            return List.of();
        }
        return Stream.of(options.split(" ")).map(option -> {
            boolean exclusive = option.endsWith("!");
            String[] idAndWeight = option.replace("!", "").split("=");
            return Tuple.tuple(idAndWeight[0], Double.parseDouble(idAndWeight[1]),
                    exclusive);
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionHasTextsLabelsAndAdvice(Question question) {
        assertThat(question.title()).isNotBlank();
        assertThat(question.description()).isNotBlank();
        assertThat(question.helpText()).isNotBlank();
        assertThat(question.options()).allSatisfy(option -> assertThat(option.label()).isNotBlank());
        assertThat(question.shownWhen()).isEmpty();
        assertThat(question.hiddenWhen()).isEmpty();
        Advice advice = question.improvementAdvice().orElseThrow();
        assertThat(advice.title()).isNotBlank();
        assertThat(advice.description()).isNotBlank();
        assertThat(advice.expectedImpact()).isNotBlank();
        assertThat(advice.effort()).isNotNull();
    }

    static Stream<Question> questions() {
        return CLASSIC.questions().stream();
    }

    @Test
    void scoringIsVersionOneWithThreeProfilesAndDefaultAsFallback() {
        assertThat(SCHEME.version()).isEqualTo(1);
        assertThat(SCHEME.models()).containsOnlyKeys("default", "enterprise", "startup");
        assertThat(SCHEME.fallback()).isEqualTo("default");
        assertThat(SCHEME.rules()).extracting(rule -> rule.profile()).containsExactly("enterprise", "startup");
    }

    @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4}")
    @CsvSource({
            "default,    0.25, 0.35, 0.20, 0.20",
            "enterprise, 0.25, 0.35, 0.30, 0.20",
            "startup,    0.35, 0.35, 0.15, 0.20",
    })
    void profileHasItsPillarWeights(String profile, double business, double technical, double security,
                                    double operational) {
        Map<PillarId, Double> expected = new LinkedHashMap<>();
        expected.put(BUSINESS, business);
        expected.put(TECHNICAL, technical);
        expected.put(SECURITY, security);
        expected.put(OPERATIONAL, operational);
        assertThat(profile(profile).pillarWeights()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(profile(profile).version()).isEqualTo(1);
    }

    @Test
    void enterpriseScoresComplianceByThresholdAndInheritsTheRest() {
        ScoringProfile enterprise = profile("enterprise");
        assertThat(enterprise.scoring(QuestionId.of("compliance_requirements"))).contains(new QuestionScoring(0.5,
                new ScoringFunction.Threshold(List.of(new Band(0, 0, 2), new Band(1, 2, 6), new Band(3, 10, 10)))));
        assertInheritsDefaultExcept(enterprise, "compliance_requirements");
    }

    @Test
    void startupScoresAiUsageExponentiallyAndInheritsTheRest() {
        ScoringProfile startup = profile("startup");
        assertThat(startup.scoring(QuestionId.of("current_ai_usage")))
                .contains(new QuestionScoring(0.5, new ScoringFunction.Exponential(2, 1.5, 0)));
        assertInheritsDefaultExcept(startup, "current_ai_usage");
    }

    private static void assertInheritsDefaultExcept(ScoringProfile profile, String overridden) {
        assertThat(profile.questions()).hasSize(16);
        defaultProfile().questions().forEach((question, scoring) -> {
            if (!question.value().equals(overridden)) {
                assertThat(profile.scoring(question)).as(question.value()).contains(scoring);
            }
        });
    }

    @ParameterizedTest(name = "company_size={0}, industry={1} -> {2}")
    @CsvSource({
            "enterprise, technology,    enterprise",
            "enterprise, retail,        enterprise",
            "medium,     finance,       enterprise",
            "medium,     healthcare,    enterprise",
            "startup,    finance,       enterprise",
            "startup,    technology,    startup",
            "startup,    manufacturing, startup",
            "small,      retail,        default",
            "medium,     technology,    default",
            "large,      consulting,    default",
    })
    void choosesTheProfileThroughTheLoadedRules(String companySize, String industry, String expected) {
        Answers answers = answers(Map.of("company_size", choice(companySize), "industry", choice(industry)));
        assertThat(SCHEME.modelFor(answers).profile().id()).isEqualTo(expected);
    }

    @Test
    void choosesTheDefaultProfileWithoutAnswers() {
        assertThat(SCHEME.modelFor(Answers.none()).profile().id()).isEqualTo("default");
    }

    @Test
    void warnsAboutMicroservicesInAStartup() {
        assertThat(warnings(Map.of("company_size", choice("startup"), "api_architecture", choice("microservices"))))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.code()).isEqualTo("startup_with_microservices");
                    assertThat(warning.message()).isNotBlank().doesNotContain("{missing}");
                    assertThat(warning.questions()).extracting(QuestionId::value)
                            .containsExactly("company_size", "api_architecture");
                });
        assertThat(warnings(Map.of("company_size", choice("medium"), "api_architecture", choice("microservices"))))
                .isEmpty();
        assertThat(warnings(Map.of("company_size", choice("startup"), "api_architecture", choice("rest_basic"))))
                .isEmpty();
    }

    @Test
    void warnsAboutHealthcareWithoutHipaa() {
        assertThat(warnings(Map.of("industry", choice("healthcare"), "compliance_requirements", choices("gdpr"))))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.code()).isEqualTo("healthcare_without_hipaa");
                    assertThat(warning.missing()).containsExactly("hipaa");
                    assertThat(warning.message()).contains("HIPAA (US health information)")
                            .doesNotContain("{missing}");
                });
        assertThat(warnings(Map.of("industry", choice("healthcare"),
                "compliance_requirements", choices("gdpr", "hipaa")))).isEmpty();
        assertThat(warnings(Map.of("industry", choice("finance"), "compliance_requirements", choices("gdpr"))))
                .isEmpty();
    }

    @Test
    void warnsAboutRegulatedDataWithoutControlsNamingTheMissingOnes() {
        assertThat(warnings(Map.of("data_sensitivity", choice("regulated"),
                "security_practices", choices("encryption", "security_training"))))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.code()).isEqualTo("regulated_data_without_controls");
                    assertThat(warning.missing()).containsExactly("access_control", "audit_logs");
                    assertThat(warning.message())
                            .contains("Role-based access control and least privilege, Audit logs of access and changes")
                            .doesNotContain("Encryption").doesNotContain("{missing}");
                });
        assertThat(warnings(Map.of("data_sensitivity", choice("regulated"),
                "security_practices", choices("encryption", "access_control", "audit_logs")))).isEmpty();
        assertThat(warnings(Map.of("data_sensitivity", choice("confidential"),
                "security_practices", choices("encryption")))).isEmpty();
    }

    private static List<Warning> warnings(Map<String, AnswerValue> values) {
        return CrossChecks.warnings(Visibility.of(CLASSIC, answers(values)));
    }

    static Answers answers(Map<String, AnswerValue> values) {
        Map<QuestionId, AnswerValue> byId = new LinkedHashMap<>();
        values.forEach((id, value) -> byId.put(QuestionId.of(id), value));
        return Answers.of(byId);
    }

    static AnswerValue choice(String option) {
        return new AnswerValue.Choice(option);
    }

    static AnswerValue choices(String... options) {
        return new AnswerValue.Choices(List.of(options));
    }

    private static ScoringProfile defaultProfile() {
        return profile("default");
    }

    private static ScoringProfile profile(String id) {
        return SCHEME.models().get(id).profile();
    }
}
