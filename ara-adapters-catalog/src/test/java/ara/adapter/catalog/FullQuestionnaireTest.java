package ara.adapter.catalog;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Source;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringModel;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static ara.adapter.catalog.ClassicQuestionnaireTest.choice;
import static ara.adapter.catalog.ClassicQuestionnaireTest.choices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The shipped full v1 questionnaire: its structure, the stable ids, its conditions, cross-checks and profiles. */
class FullQuestionnaireTest {
    static final QuestionnaireId FULL_ID = QuestionnaireId.of("full");
    static final ScoringScheme SCHEME = new ClasspathQuestionnaireCatalog().current(FULL_ID).orElseThrow();
    static final QuestionnaireDefinition FULL = SCHEME.definition();

    private static final List<String> STEPS = List.of("organisation_profile", "strategy_value", "data_foundations",
            "technical_platform", "security_identity", "governance_risk", "operations", "people_change");
    private static final List<String> PILLARS = List.of("strategy_value", "data_foundations", "technical_platform",
            "security_identity", "governance_risk", "operations", "people_change");
    private static final List<String> PERSONAL = List.of("personal_data", "health_data", "payment_data",
            "financial_records", "children_data");

    @Test
    void isFullVersionOneLoadedThroughTheCatalog() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        assertThat(catalog.find(FULL_ID, 1)).isPresent();
        assertThat(catalog.defaultQuestionnaire().value()).isEqualTo("classic");
        assertThat(FULL.id()).isEqualTo(FULL_ID);
        assertThat(FULL.version()).isEqualTo(1);
        assertThat(FULL.title()).isNotBlank();
        assertThat(FULL.description()).isNotBlank();
        assertThat(FULL.estimatedMinutes()).isEqualTo(35)
                .isEqualTo(FULL.steps().stream().mapToInt(Step::estimatedMinutes).sum());
        assertThat(SCHEME.version()).isEqualTo(1);
    }

    @Test
    void hasTheEightStepsInOrder() {
        assertThat(FULL.steps()).extracting(step -> step.id().value()).containsExactlyElementsOf(STEPS);
        assertThat(FULL.steps()).extracting(Step::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(FULL.steps()).allSatisfy(step -> {
            assertThat(step.title()).isNotBlank();
            assertThat(step.description()).isNotBlank();
        });
    }

    @Test
    void hasTheSevenPillarsInOrder() {
        assertThat(FULL.pillars()).extracting(pillar -> pillar.id().value()).containsExactlyElementsOf(PILLARS);
        assertThat(FULL.pillars()).extracting(Pillar::description).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void asksSixtyOneQuestionsSpreadOverTheSteps() {
        assertThat(FULL.questions()).hasSize(61).hasSizeBetween(45, 70);
        Map<String, Integer> perStep = new LinkedHashMap<>();
        FULL.steps().forEach(step -> perStep.put(step.id().value(), step.questions().size()));
        assertThat(perStep).containsExactly(Map.entry("organisation_profile", 6), Map.entry("strategy_value", 7),
                Map.entry("data_foundations", 6), Map.entry("technical_platform", 7),
                Map.entry("security_identity", 8), Map.entry("governance_risk", 11), Map.entry("operations", 9),
                Map.entry("people_change", 7));
    }

    @Test
    void usesEverySevenQuestionTypes() {
        Map<QuestionType, Long> perType = FULL.questions().stream()
                .collect(Collectors.groupingBy(Question::type, () -> new EnumMap<>(QuestionType.class),
                        Collectors.counting()));
        assertThat(perType.keySet()).isEqualTo(EnumSet.allOf(QuestionType.class));
        assertThat(perType).containsEntry(QuestionType.SINGLE_SELECT, 34L).containsEntry(QuestionType.MULTI_SELECT, 9L)
                .containsEntry(QuestionType.YES_NO, 6L).containsEntry(QuestionType.PERCENTAGE, 4L)
                .containsEntry(QuestionType.NUMBER_INPUT, 4L).containsEntry(QuestionType.SCALE_RATING, 2L)
                .containsEntry(QuestionType.TEXT_INPUT, 2L);
    }

    @Test
    void declaresTheSixSources() {
        assertThat(FULL.sources()).extracting(Source::id).containsExactly("nist-ai-rmf", "nist-ai-600-1", "iso-42001",
                "eu-ai-act", "owasp-llm", "owasp-agentic");
        assertThat(FULL.sources()).allSatisfy(source -> {
            assertThat(source.title()).isNotBlank();
            assertThat(source.url()).startsWith("https://");
        });
        Set<String> cited = FULL.questions().stream().flatMap(q -> q.references().stream()).map(Reference::source)
                .collect(Collectors.toSet());
        assertThat(cited).as("every declared source is cited").containsExactlyInAnyOrderElementsOf(
                FULL.sources().stream().map(Source::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionHasHelpForTheRespondentAndReferences(Question question) {
        assertThat(question.title()).isNotBlank();
        assertThat(question.helpText()).contains("Who to ask").doesNotContainIgnoringCase("score")
                .doesNotContainIgnoringCase("weight").satisfiesAnyOf(
                        help -> assertThat(help).startsWith("What to count: "),
                        help -> assertThat(help).startsWith("What to write: "),
                        help -> assertThat(help).startsWith("Rate from 1"));
        assertThat(question.references()).hasSizeBetween(1, 3).allSatisfy(reference -> {
            assertThat(FULL.source(reference.source())).as(reference.source()).isPresent();
            assertThat(reference.item()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void scoredQuestionsCarryAdviceAndTheOthersNone(Question question) {
        boolean scored = question.pillar() != null;
        assertThat(SCHEME.models().values()).allSatisfy(model -> assertThat(model.scores(question.id()))
                .as(model.profile().id()).isEqualTo(scored));
        if (scored) {
            assertThat(question.advice()).isNotNull();
            assertThat(question.advice().title()).isNotBlank();
            assertThat(question.advice().description()).isNotBlank();
            assertThat(question.advice().expectedImpact()).isNotBlank();
        } else {
            assertThat(question.advice()).isNull();
        }
        if (question.type() == QuestionType.TEXT_INPUT) {
            assertThat(scored).as("text questions are unscored context notes").isFalse();
            assertThat(question.required()).isFalse();
        }
    }

    static Stream<Question> questions() {
        return FULL.questions().stream();
    }

    @Test
    void companySizeAndIndustryAreTheUnscoredContextQuestionsWithClassicsOptions() {
        assertThat(FULL.questions().stream().filter(Question::context).map(q -> q.id().value()))
                .containsExactly("company_size", "industry");
        QuestionnaireDefinition classic = new ClasspathQuestionnaireCatalog()
                .current(ClasspathQuestionnaireCatalog.CLASSIC).orElseThrow().definition();
        for (String id : List.of("company_size", "industry")) {
            Question full = question(id);
            assertThat(full.pillar()).isNull();
            assertThat(full.unknownOption()).isEmpty();
            assertThat(full.options()).extracting(AnswerOption::id).containsExactlyElementsOf(
                    classic.question(QuestionId.of(id)).orElseThrow().options().stream().map(AnswerOption::id)
                            .toList());
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "company_size       | single_select | startup, small, medium, large, enterprise                      |",
            "industry           | single_select | technology, finance, healthcare, retail, manufacturing, consulting, education, other |",
            "eu_exposure        | yes_no        |                                                                |",
            "regulated_data     | multi_select  | personal_data, health_data, payment_data, financial_records, children_data, none, unknown | unknown",
            "ai_stage           | single_select | none, exploring, pilots, production, scaled                    |",
            "agent_actions      | multi_select  | read_only, draft_for_review, write_internal, write_external, payments, none |",
            "api_coverage       | percentage    |                                                                |",
            "api_descriptions   | single_select | none, partial, most, all_machine_readable, unknown             | unknown",
            "idempotent_writes  | single_select | no, some, most, all, unknown                                   | unknown",
            "machine_identities | single_select | shared_accounts, service_accounts, per_agent_identities, per_agent_scoped_short_lived, unknown | unknown",
            "audit_trail        | single_select | none, partial, full_tool_calls, tamper_evident, unknown        | unknown",
            "human_oversight    | single_select | none, ad_hoc, approval_for_high_impact, risk_tiered, unknown   | unknown",
            "agent_evaluation   | single_select | none, manual_spot_checks, pre_release_suite, continuous, unknown | unknown",
    })
    void stableQuestionHasItsTypeAndOptionIds(String id, String type, String options, String unknown) {
        Question question = question(id);
        assertThat(question.type().code()).isEqualTo(type);
        List<String> expected = options == null ? List.of() : Arrays.stream(options.split(",")).map(String::trim)
                .toList();
        assertThat(question.options()).extracting(AnswerOption::id).containsExactlyElementsOf(expected);
        assertThat(question.unknownOption().map(AnswerOption::id)).isEqualTo(Optional.ofNullable(unknown));
    }

    @Test
    void exclusiveOptionsOfTheStableMultiSelectsAreNoneAndUnknown() {
        assertThat(question("regulated_data").options()).filteredOn(AnswerOption::exclusive)
                .extracting(AnswerOption::id).containsExactly("none", "unknown");
        assertThat(question("agent_actions").options()).filteredOn(AnswerOption::exclusive)
                .extracting(AnswerOption::id).containsExactly("none");
    }

    @Test
    void namesTheToolsRespondentsMentionForTheAssistant() {
        assertThat(question("api_descriptions").option("all_machine_readable").orElseThrow().synonyms())
                .contains("OpenAPI", "MCP tool definitions");
        assertThat(question("machine_identities").option("per_agent_scoped_short_lived").orElseThrow().synonyms())
                .contains("OAuth client credentials with scopes");
        assertThat(question("idempotent_writes").option("all").orElseThrow().synonyms()).contains("Idempotency-Key");
        assertThat(FULL.questions().stream().flatMap(q -> q.options().stream())
                .filter(option -> !option.synonyms().isEmpty())).hasSize(16);
    }

    @Test
    void offersIDontKnowOnChoiceQuestionsOnlyWhereItIsAnHonestAnswer() {
        List<Question> withUnknown = FULL.questions().stream().filter(q -> q.unknownOption().isPresent()).toList();
        assertThat(withUnknown).hasSize(37).allSatisfy(question -> {
            AnswerOption unknown = question.unknownOption().orElseThrow();
            assertThat(unknown.id()).isEqualTo("unknown");
            assertThat(unknown.label()).isEqualTo("I don't know");
            assertThat(unknown.weight()).isZero();
            assertThat(question.options()).filteredOn(AnswerOption::unknown).hasSize(1);
            if (question.type() == QuestionType.MULTI_SELECT) {
                assertThat(unknown.exclusive()).isTrue();
            }
        });
        // Whatever the engine does with an unknown answer, weight 0 under weighted already scores it 0.
        for (ScoringModel model : SCHEME.models().values()) {
            for (Question question : withUnknown) {
                model.profile().scoring(question.id()).map(QuestionScoring::function).ifPresent(function ->
                        assertThat(function).as(model.profile().id() + " " + question.id())
                                .isInstanceOf(ScoringFunction.Weighted.class));
            }
        }
    }

    @Test
    void conditionsReadOnlyEarlierQuestions() {
        int conditions = 0;
        int firstOfStep = 0;
        for (Step step : FULL.steps()) {
            int limit = firstOfStep;
            if (step.skippedWhen().isPresent()) {
                conditions++;
                assertThat(positions(step.skippedWhen().get())).allSatisfy(p -> assertThat(p).isLessThan(limit));
            }
            for (Question question : step.questions()) {
                int position = FULL.position(question.id());
                for (Condition rule : Stream.of(question.showIf(), question.hideIf())
                        .filter(Objects::nonNull).toList()) {
                    conditions++;
                    assertThat(positions(rule)).as(question.id().value())
                            .allSatisfy(p -> assertThat(p).isBetween(0, position - 1));
                }
            }
            firstOfStep += step.questions().size();
        }
        assertThat(conditions).isEqualTo(15).isBetween(10, 20);
    }

    private static List<Integer> positions(Condition rule) {
        return rule.comparisons().map(c -> FULL.position(c.question())).toList();
    }

    @Test
    void noAiYetSkipsTheOperationsStepAndHidesProductionQuestions() {
        Visibility none = visibility(Map.of("ai_stage", choice("none")));
        assertThat(none.isSkipped(step("operations"))).isTrue();
        assertThat(none.visibleSteps()).hasSize(7);
        assertThat(visible(none, "agent_evaluation", "kill_switch", "agents_in_production", "observability",
                "credential_revocation_hours", "deployer_duties")).isEmpty();
        assertThat(none.isVisible(QuestionId.of("ai_literacy_share"))).isTrue();

        Visibility pilots = visibility(Map.of("ai_stage", choice("pilots")));
        assertThat(pilots.isSkipped(step("operations"))).isFalse();
        assertThat(visible(pilots, "agent_evaluation", "kill_switch", "agents_in_production", "observability",
                "credential_revocation_hours")).containsExactly("observability", "credential_revocation_hours");

        for (String stage : List.of("production", "scaled")) {
            assertThat(visible(visibility(Map.of("ai_stage", choice(stage))), "agent_evaluation", "kill_switch",
                    "agents_in_production")).containsExactly("agent_evaluation", "kill_switch", "agents_in_production");
        }
    }

    @ParameterizedTest(name = "agent_actions={0}")
    @CsvSource(delimiter = '|', value = {
            "read_only                 |",
            "read_only, draft_for_review |",
            "none                      |",
            "write_internal            | approval_workflow, rollback_capability",
            "read_only, write_external | approval_workflow, rollback_capability",
            "payments                  | approval_workflow, payment_limits, rollback_capability",
    })
    void writeAndPaymentActionsShowApprovalAndRollbackQuestions(String actions, String shown) {
        Visibility visibility = visibility(Map.of("ai_stage", choice("pilots"),
                "agent_actions", choices(actions.split(",\\s*"))));
        assertThat(visible(visibility, "approval_workflow", "payment_limits", "rollback_capability"))
                .containsExactlyElementsOf(shown == null ? List.of() : List.of(shown.split(",\\s*")));
    }

    @ParameterizedTest(name = "eu={0}, industry={1}, data={2}")
    @CsvSource(delimiter = '|', value = {
            "false | retail     | none          | ",
            "true  | retail     | none          | eu_ai_act_classification, deployer_duties, log_retention_months",
            "true  | finance    | none          | eu_ai_act_classification, deployer_duties, fundamental_rights_assessment, log_retention_months",
            "true  | retail     | health_data   | eu_ai_act_classification, deployer_duties, fundamental_rights_assessment, dpia, log_retention_months",
            "false | finance    | personal_data | dpia, log_retention_months",
            "false | healthcare | health_data   | dpia, log_retention_months",
            "true  | education  | unknown       | eu_ai_act_classification, deployer_duties, fundamental_rights_assessment, log_retention_months",
    })
    void euExposureAndRegulatedDataShowTheMatchingObligations(boolean eu, String industry, String data,
                                                               String shown) {
        Visibility visibility = visibility(Map.of("eu_exposure", new AnswerValue.Flag(eu), "industry",
                choice(industry), "regulated_data", choices(data), "ai_stage", choice("pilots")));
        assertThat(visible(visibility, "eu_ai_act_classification", "deployer_duties", "fundamental_rights_assessment",
                "dpia", "log_retention_months"))
                .containsExactlyElementsOf(shown == null ? List.of() : List.of(shown.split(",\\s*")));
        assertThat(visibility.isVisible(QuestionId.of("personal_data_minimisation")))
                .isEqualTo(PERSONAL.contains(data));
    }

    @Test
    void deployerDutiesAreNotAskedWithoutAnyAi() {
        assertThat(visibility(Map.of("eu_exposure", new AnswerValue.Flag(true), "ai_stage", choice("none")))
                .isVisible(QuestionId.of("deployer_duties"))).isFalse();
    }

    @Test
    void retrievalPermissionsAreHiddenWhenNoKnowledgeIsReadyForAgents() {
        assertThat(visibility(Map.of("knowledge_sources", choices("none")))
                .isVisible(QuestionId.of("retrieval_permissions"))).isFalse();
        assertThat(visibility(Map.of("knowledge_sources", choices("policies")))
                .isVisible(QuestionId.of("retrieval_permissions"))).isTrue();
    }

    @Test
    void hasTheEightCrossChecks() {
        assertThat(FULL.crossChecks()).extracting(CrossCheck::id).containsExactly(
                "write_access_without_audit_trail", "regulated_data_without_oversight", "production_without_evaluation",
                "payments_without_enforced_limits", "shared_identity_with_write_access",
                "external_actions_without_injection_defences", "production_without_cost_controls",
                "eu_exposure_without_register");
        assertThat(FULL.crossChecks()).filteredOn(check -> check.question() != null).extracting(CrossCheck::id)
                .containsExactly("external_actions_without_injection_defences", "production_without_cost_controls");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossCheckCases")
    void crossCheckFiresForTheRiskyAnswersAndNotForTheSafeTwin(String id, Map<String, AnswerValue> risky,
                                                               Map<String, AnswerValue> safe) {
        assertThat(warnings(risky)).extracting(Warning::code).containsExactly(id);
        assertThat(warnings(risky).getFirst().message()).isNotBlank().doesNotContain("{missing}");
        assertThat(warnings(safe)).extracting(Warning::code).doesNotContain(id);
        assertThat(warnings(safe)).isEmpty();
    }

    static Stream<Arguments> crossCheckCases() {
        Map<String, AnswerValue> base = safeBase();
        return Stream.of(
                crossCheck("write_access_without_audit_trail", base,
                        m -> with(m, "audit_trail", choice("partial")),
                        m -> with(m, "audit_trail", choice("full_tool_calls"))),
                crossCheck("regulated_data_without_oversight", base,
                        m -> with(m, "human_oversight", choice("ad_hoc")),
                        m -> with(with(m, "human_oversight", choice("ad_hoc")), "regulated_data", choices("none"))),
                crossCheck("production_without_evaluation", base,
                        m -> with(m, "agent_evaluation", choice("none")),
                        m -> with(with(m, "agent_evaluation", choice("none")), "ai_stage", choice("pilots"))),
                crossCheck("payments_without_enforced_limits", base,
                        m -> with(m, "payment_limits", choice("prompt_only")),
                        m -> with(m, "payment_limits", choice("hard_limits"))),
                crossCheck("shared_identity_with_write_access", base,
                        m -> with(m, "machine_identities", choice("shared_accounts")),
                        m -> with(with(m, "machine_identities", choice("shared_accounts")), "agent_actions",
                                choices("read_only", "draft_for_review"))),
                crossCheck("external_actions_without_injection_defences", base,
                        m -> with(m, "prompt_injection_defences", choices("untrusted_content_separation",
                                "content_filtering")),
                        m -> with(m, "prompt_injection_defences", choices("untrusted_content_separation",
                                "tool_allowlist"))),
                crossCheck("production_without_cost_controls", base,
                        m -> with(m, "cost_controls", choices("none")),
                        m -> with(m, "cost_controls", choices("budgets", "alerts", "hard_quotas"))),
                crossCheck("eu_exposure_without_register", base,
                        m -> with(m, "ai_inventory", choice("partial")),
                        m -> with(with(m, "ai_inventory", choice("partial")), "eu_exposure",
                                new AnswerValue.Flag(false))));
    }

    @Test
    void missingOptionsAreNamedInTheMessage() {
        Map<String, AnswerValue> risky = with(safeBase(), "prompt_injection_defences", choices("content_filtering"));
        assertThat(warnings(risky)).singleElement().satisfies(warning -> {
            assertThat(warning.missing()).containsExactly("untrusted_content_separation", "tool_allowlist");
            assertThat(warning.message()).contains("Agents can only call allow-listed tools");
        });
    }

    /** An organisation that trips no cross-check: production agents that write, pay and act outside, all guarded. */
    static Map<String, AnswerValue> safeBase() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        values.put("company_size", choice("medium"));
        values.put("industry", choice("retail"));
        values.put("eu_exposure", new AnswerValue.Flag(true));
        values.put("regulated_data", choices("personal_data"));
        values.put("ai_stage", choice("production"));
        values.put("agent_actions", choices("write_internal", "write_external", "payments"));
        values.put("machine_identities", choice("per_agent_identities"));
        values.put("audit_trail", choice("tamper_evident"));
        values.put("prompt_injection_defences", choices("untrusted_content_separation", "tool_allowlist",
                "output_validation"));
        values.put("ai_inventory", choice("risk_classified"));
        values.put("human_oversight", choice("risk_tiered"));
        values.put("payment_limits", choice("limits_dual_approval"));
        values.put("agent_evaluation", choice("continuous"));
        values.put("cost_controls", choices("budgets", "alerts"));
        return values;
    }

    private static Arguments crossCheck(String id, Map<String, AnswerValue> base,
                                        UnaryOperator<Map<String, AnswerValue>> risky,
                                        UnaryOperator<Map<String, AnswerValue>> safe) {
        return arguments(id, risky.apply(base), safe.apply(base));
    }

    private static Map<String, AnswerValue> with(Map<String, AnswerValue> values, String question,
                                                 AnswerValue value) {
        Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.put(question, value);
        return copy;
    }

    @Test
    void safeBaseTripsNoCrossCheck() {
        assertThat(warnings(safeBase())).isEmpty();
    }

    @Test
    void hasFourProfilesWithPillarWeightsAddingUpToOne() {
        assertThat(SCHEME.models()).containsOnlyKeys("default", "startup", "enterprise", "regulated");
        assertThat(SCHEME.rules()).extracting(rule -> rule.profile())
                .containsExactly("regulated", "enterprise", "startup");
        assertThat(SCHEME.fallback()).isEqualTo("default");
        SCHEME.models().values().forEach(model -> {
            assertThat(model.profile().pillarWeights()).hasSize(7);
            assertThat(model.profile().pillarWeights().values().stream().mapToDouble(Double::doubleValue).sum())
                    .as(model.profile().id()).isCloseTo(1.0, within(1e-9));
        });
    }

    @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4}/{5}/{6}/{7}")
    @CsvSource({
            "default,    0.12, 0.14, 0.16, 0.18, 0.16, 0.14, 0.10",
            "startup,    0.18, 0.14, 0.20, 0.16, 0.08, 0.14, 0.10",
            "enterprise, 0.10, 0.14, 0.14, 0.20, 0.18, 0.14, 0.10",
            "regulated,  0.08, 0.14, 0.12, 0.22, 0.22, 0.14, 0.08",
    })
    void profileHasTheDocumentedPillarWeights(String profile, double strategy, double data, double platform,
                                               double security, double governance, double operations,
                                               double people) {
        double[] weights = {strategy, data, platform, security, governance, operations, people};
        Map<String, Double> actual = new HashMap<>();
        SCHEME.models().get(profile).profile().pillarWeights().forEach((p, w) -> actual.put(p.value(), w));
        for (int i = 0; i < PILLARS.size(); i++) {
            assertThat(actual).containsEntry(PILLARS.get(i), weights[i]);
        }
    }

    @Test
    void profilesUseAllFourScoringFunctions() {
        Set<String> codes = SCHEME.models().values().stream()
                .flatMap(model -> model.profile().questions().values().stream())
                .map(scoring -> scoring.function().code()).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("weighted", "linear", "threshold", "exponential");
        assertThat(SCHEME.models().get("startup").profile().scoring(QuestionId.of("api_coverage")).orElseThrow()
                .function()).isEqualTo(new ScoringFunction.Exponential(1, 0.5, 0));
        assertThat(SCHEME.models().get("enterprise").profile().scoring(QuestionId.of("api_coverage")).orElseThrow()
                .function()).isEqualTo(new ScoringFunction.Exponential(1, 1.5, 0));
        assertThat(SCHEME.models().get("regulated").profile().scoring(QuestionId.of("api_coverage")).orElseThrow()
                .function()).isEqualTo(new ScoringFunction.Exponential(1, 1.5, 0));
        assertThat(SCHEME.models().get("regulated").profile().scoring(QuestionId.of("human_oversight")).orElseThrow()
                .weight()).isEqualTo(2.0);
    }

    @ParameterizedTest(name = "size={0}, industry={1}, data={2} -> {3}")
    @CsvSource({
            "medium,     retail,        personal_data,     default",
            "small,      technology,    none,              default",
            "startup,    technology,    personal_data,     startup",
            "large,      manufacturing, personal_data,     enterprise",
            "enterprise, consulting,    none,              enterprise",
            "medium,     finance,       none,              regulated",
            "startup,    healthcare,    none,              regulated",
            "small,      retail,        payment_data,      regulated",
            "medium,     education,     children_data,     regulated",
            "enterprise, technology,    financial_records, regulated",
            "medium,     retail,        unknown,           default",
    })
    void choosesEachProfileByItsRule(String size, String industry, String data, String expected) {
        Answers answers = ClassicQuestionnaireTest.answers(Map.of("company_size", choice(size), "industry",
                choice(industry), "regulated_data", choices(data)));
        assertThat(SCHEME.modelFor(answers).profile().id()).isEqualTo(expected);
    }

    @Test
    void choosesTheDefaultProfileWithoutAnswers() {
        assertThat(SCHEME.modelFor(Answers.none()).profile().id()).isEqualTo("default");
    }

    static Question question(String id) {
        return FULL.question(QuestionId.of(id)).orElseThrow();
    }

    private static Step step(String id) {
        return FULL.step(StepId.of(id)).orElseThrow();
    }

    private static Visibility visibility(Map<String, AnswerValue> values) {
        return Visibility.of(FULL, ClassicQuestionnaireTest.answers(values));
    }

    private static List<String> visible(Visibility visibility, String... ids) {
        return Arrays.stream(ids).filter(id -> FULL.question(QuestionId.of(id)).isPresent())
                .filter(id -> visibility.isVisible(QuestionId.of(id))).toList();
    }

    private static List<Warning> warnings(Map<String, AnswerValue> values) {
        return CrossChecks.warnings(visibility(values));
    }
}
