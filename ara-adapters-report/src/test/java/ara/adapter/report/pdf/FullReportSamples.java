package ara.adapter.report.pdf;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.report.ReportContent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Step;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.MaturityLevel;
import ara.domain.result.NextLevel;
import ara.domain.result.PillarResult;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoringScheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Audits of the shipped full questionnaire (loaded by the catalog adapter from its JSON), scored by the domain as
 * submit does, and given a result version 2 built here from that score (five roadmap windows, knowledge gaps,
 * find-out recommendations, next-level guidance): the report is tested on what such a result holds, independently
 * of how the assembler fills it. Stateless and thread-safe.
 */
final class FullReportSamples {
    static final QuestionnaireId FULL = QuestionnaireId.of("full");
    static final ScoringScheme SCHEME = new ClasspathQuestionnaireCatalog().current(FULL).orElseThrow();
    /** Longer pillar titles than the shipped ones (the step titles), to try the layout on the worst case. */
    static final Function<PillarResult, String> STEP_TITLES = pillar -> SCHEME.definition().steps().stream()
            .filter(step -> step.id().value().equals(pillar.score().pillar().value())).findFirst()
            .map(Step::title).orElseThrow();

    private FullReportSamples() {
    }

    /**
     * A hospital group with agents in production that write to internal systems, under the EU AI Act and with
     * health data (so every conditional question shows), answering "I don't know" three times.
     */
    static Answers hospital() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>();
        choice(values, "company_size", "large");
        choice(values, "industry", "healthcare");
        flag(values, "eu_exposure", true);
        choices(values, "regulated_data", "personal_data", "health_data");
        choice(values, "ai_stage", "production");
        choices(values, "agent_actions", "read_only", "draft_for_review", "write_internal", "payments");
        text(values, "use_case_notes", "Triage incoming referrals in the patient administration system.\n"
                + "Draft discharge letters for review by the ward doctor.");
        choice(values, "ai_strategy", "documented");
        flag(values, "executive_sponsor", true);
        choice(values, "use_case_selection", "list");
        choices(values, "value_metrics", "time_saved", "quality");
        number(values, "business_case_share", 40);
        number(values, "strategy_clarity", 3);
        choice(values, "data_inventory", "partial");
        choice(values, "data_classification", "applied");
        number(values, "data_quality_share", 65);
        choices(values, "knowledge_sources", "policies", "procedures");
        choice(values, "retrieval_permissions", "by_source");
        choice(values, "personal_data_minimisation", "guidance");
        number(values, "api_coverage", 55);
        choice(values, "api_descriptions", "partial");
        choice(values, "idempotent_writes", "unknown");
        choice(values, "rate_limits", "documented");
        choice(values, "tool_catalogue", "informal");
        flag(values, "test_environment", true);
        number(values, "integration_lead_time", 6);
        choice(values, "machine_identities", "service_accounts");
        choice(values, "least_privilege", "role");
        choice(values, "secrets_management", "vault");
        choice(values, "audit_trail", "partial");
        choices(values, "prompt_injection_defences", "tool_allowlist", "content_filtering");
        choice(values, "output_handling", "human");
        number(values, "credential_revocation_hours", 24);
        choice(values, "supply_chain_review", "unknown");
        choice(values, "ai_policy", "approved");
        choice(values, "ai_inventory", "partial");
        choice(values, "human_oversight", "approval_for_high_impact");
        choice(values, "approval_workflow", "above_threshold");
        choice(values, "payment_limits", "hard_limits");
        choice(values, "vendor_management", "procurement");
        choice(values, "eu_ai_act_classification", "in_progress");
        choices(values, "deployer_duties", "oversight_assigned", "logs_retained");
        choice(values, "fundamental_rights_assessment", "required_not_started");
        choice(values, "dpia", "some");
        number(values, "log_retention_months", 6);
        number(values, "agents_in_production", 4);
        choice(values, "agent_evaluation", "manual_spot_checks");
        choices(values, "observability", "errors_latency", "cost");
        choice(values, "escalation_path", "handover");
        choice(values, "incident_response", "general_only");
        flag(values, "kill_switch", false);
        choice(values, "rollback_capability", "manual");
        choices(values, "cost_controls", "unknown");
        choice(values, "release_process", "manual_test");
        number(values, "ai_literacy_share", 30);
        choices(values, "ai_roles", "agent_owner", "risk_contact");
        number(values, "skills_coverage", 2);
        choice(values, "change_management", "informed");
        flag(values, "acceptable_use", true);
        flag(values, "feedback_channel", false);
        text(values, "change_concerns", "Ward staff worry that drafting tools will add review work.");
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

    private static void flag(Map<QuestionId, AnswerValue> values, String question, boolean value) {
        values.put(QuestionId.of(question), new AnswerValue.Flag(value));
    }

    private static void text(Map<QuestionId, AnswerValue> values, String question, String value) {
        values.put(QuestionId.of(question), new AnswerValue.Text(value));
    }

    /** The same hospital with every "I don't know" replaced by a real answer: no knowledge gaps. */
    static Answers hospitalKnowingEverything() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(hospital().asMap());
        choice(values, "idempotent_writes", "some");
        choice(values, "supply_chain_review", "informal");
        choices(values, "cost_controls", "budgets");
        return Answers.of(values);
    }

    /**
     * Scored through the aggregate, then stored back with a result version 2 made from its score.
     *
     * @param everyWindow place the improvements round the five windows in turn (so that none is empty) instead of
     *                    by priority and effort
     */
    static Audit scored(String organizationName, Answers answers, Function<PillarResult, String> pillarTitles,
                        boolean everyWindow) {
        Audit submitted = submitted(organizationName, answers);
        AuditResult version2 = version2(submitted.result().orElseThrow(), answers, pillarTitles, everyWindow);
        return submitted.snapshot().toBuilder().result(version2).reload();
    }

    /**
     * The audit as submit leaves it when the domain's assembler makes result version 2 itself; otherwise (a build
     * from before it did) the same audit with a version 2 result made here. For the sample in the docs, which should
     * show what the product prints.
     */
    static Audit assessed(String organizationName, Answers answers) {
        Audit submitted = submitted(organizationName, answers);
        return submitted.result().orElseThrow().resultVersion() >= 2 ? submitted
                : scored(organizationName, answers);
    }

    /** Started, answered and submitted through the aggregate, as the services do. */
    private static Audit submitted(String organizationName, Answers answers) {
        return Audit.start(new AuditId(UUID.randomUUID()), SCHEME, organizationName, new OwnerId("owner-1"),
                        ReportSamples.STARTED)
                .answerAll(SCHEME, answers, ReportSamples.STARTED.plusSeconds(60))
                .submit(SCHEME, GuestSubmitPolicy.OPEN, ReportSamples.SUBMITTED);
    }

    static Audit scored(String organizationName, Answers answers) {
        return scored(organizationName, answers, PillarResult::title, false);
    }

    static ReportContent content(Audit audit, ReportTemplate template, ReportCustomization customization) {
        return ReportContent.of(audit, SCHEME, template, customization, ReportSamples.GENERATED);
    }

    /**
     * A result version 2 with the scores of {@code scored}: context and "I don't know" answers taken out of the
     * lists, a find-out recommendation per knowledge gap, the recommendations spread over the five windows by kind,
     * priority and effort, and the distance of the total and of each pillar to the next level.
     */
    static AuditResult version2(AuditResult scored, Answers answers, Function<PillarResult, String> pillarTitles,
                                boolean everyWindow) {
        QuestionnaireDefinition definition = SCHEME.definition();
        Visibility visibility = Visibility.of(definition, answers);
        List<Question> unknown = visibility.visibleQuestions().stream()
                .filter(q -> answeredUnknown(q, answers.valueOrNull(q.id()))).toList();
        Set<String> unlisted = definition.questions().stream().filter(q -> q.context() || unknown.contains(q))
                .map(q -> q.id().value()).collect(Collectors.toSet());

        List<KnowledgeGap> knowledgeGaps = unknown.stream()
                .map(q -> new KnowledgeGap(q.id(), q.pillar(), q.title())).toList();
        List<Recommendation> recommendations = new ArrayList<>();
        RoadmapWindow[] all = RoadmapWindow.values();
        for (Recommendation improve : scored.recommendations()) {
            if (!unlisted.contains(improve.question().value())) {
                recommendations.add(new Recommendation(improve.question(), improve.pillar(), improve.title(),
                        improve.description(), improve.effort(), improve.expectedImpact(), improve.impact(),
                        improve.priority(), everyWindow ? all[recommendations.size() % all.length] : window(improve),
                        Recommendation.Kind.IMPROVE));
            }
        }
        for (Question question : unknown) {
            double impact = question.scoredPillar().map(pillar -> round(10 * weightOf(scored, question.id())
                    * scored.scoreCard().pillar(pillar).orElseThrow().weight(), RoundingMode.HALF_UP)).orElse(0.0);
            recommendations.add(new Recommendation(question.id(), question.pillar(), "Find out: " + question.title(),
                    "Find who in the organisation owns this answer. " + question.helpText(), Effort.S,
                    "An answer you can act on, and a score that reflects it.", impact, Priority.forImpact(impact),
                    RoadmapWindow.DAYS_1_30, Recommendation.Kind.FIND_OUT));
        }
        recommendations.sort(Comparator.comparingDouble(Recommendation::impact).reversed());

        Map<RoadmapWindow, List<Recommendation>> windows = new EnumMap<>(RoadmapWindow.class);
        for (RoadmapWindow window : RoadmapWindow.values()) {
            windows.put(window, new ArrayList<>());
        }
        recommendations.forEach(r -> windows.get(r.window()).add(r));
        // Within a window: find-outs first, then wizard order.
        Comparator<Recommendation> order = Comparator.<Recommendation, Boolean>comparing(
                r -> r.kind() != Recommendation.Kind.FIND_OUT).thenComparingInt(r -> definition.position(r.question()));
        List<RoadmapPhase> roadmap = windows.entrySet().stream()
                .map(entry -> new RoadmapPhase(entry.getKey(), entry.getValue().stream().sorted(order).toList()))
                .toList();

        List<PillarResult> pillars = scored.pillars().stream()
                .map(p -> new PillarResult(p.score(), pillarTitles.apply(p), p.level())).toList();
        List<LevelGap> pillarGaps = pillars.stream().map(p -> gap(p.score().pillar().value(), p.title(),
                p.score().summary().percent(), p.score().summary().max())).toList();
        LevelGap total = gap(LevelGap.TOTAL, "Overall", scored.scoreCard().total().percent(),
                scored.scoreCard().total().max());

        return new AuditResult(scored.questionnaire(), scored.questionnaireVersion(), scored.scoringVersion(),
                scored.scoreCard(), scored.level(), pillars, retitled(scored.strengths(), unlisted, pillars),
                retitled(scored.gaps(), unlisted, pillars), recommendations, roadmap, scored.insights(),
                scored.calculatedAt(), 2, knowledgeGaps, new NextLevel(total, pillarGaps, bestGains(scored,
                definition, unlisted)));
    }

    private static boolean answeredUnknown(Question question, AnswerValue value) {
        if (question.unknownOption().isEmpty()) {
            return false;
        }
        String unknown = question.unknownOption().get().id();
        return switch (value) {
            case AnswerValue.Choice choice -> choice.optionId().equals(unknown);
            case AnswerValue.Choices choices -> choices.optionIds().contains(unknown);
            case null, default -> false;
        };
    }

    /** The results helper's base table (kind, priority, effort → window), without its balancing step. */
    private static RoadmapWindow window(Recommendation recommendation) {
        return switch (recommendation.priority()) {
            case HIGH -> recommendation.effort() == Effort.L ? RoadmapWindow.DAYS_31_60 : RoadmapWindow.DAYS_1_30;
            case MEDIUM -> switch (recommendation.effort()) {
                case S -> RoadmapWindow.DAYS_1_30;
                case M -> RoadmapWindow.DAYS_31_60;
                case L -> RoadmapWindow.DAYS_61_90;
            };
            case LOW -> switch (recommendation.effort()) {
                case S -> RoadmapWindow.DAYS_31_60;
                case M -> RoadmapWindow.DAYS_61_90;
                case L -> recommendation.impact() < 0.1 ? RoadmapWindow.MONTHS_7_12 : RoadmapWindow.MONTHS_4_6;
            };
        };
    }

    private static double weightOf(AuditResult scored, QuestionId question) {
        return scored.scoreCard().questions().stream().filter(q -> q.question().equals(question)).findFirst()
                .map(QuestionScore::weight).orElse(0.0);
    }

    private static List<Highlight> retitled(List<Highlight> highlights, Set<String> unlisted,
                                            List<PillarResult> pillars) {
        return highlights.stream().filter(h -> !unlisted.contains(h.id())).map(h -> Highlight.PILLAR.equals(h.kind())
                ? new Highlight(h.kind(), h.id(), pillars.stream().filter(p -> p.score().pillar().value()
                .equals(h.id())).findFirst().map(PillarResult::title).orElse(h.title()), h.percent()) : h).toList();
    }

    private static LevelGap gap(String scope, String title, double percent, double max) {
        MaturityLevel level = MaturityLevel.of(percent);
        MaturityLevel next = level.ordinal() + 1 < MaturityLevel.values().length
                ? MaturityLevel.values()[level.ordinal() + 1] : null;
        if (next == null) {
            return new LevelGap(scope, title, percent, level, null, 0, 0);
        }
        double percentNeeded = round(Math.max(0, next.lowerBound() - percent), RoundingMode.CEILING);
        return new LevelGap(scope, title, percent, level, next, percentNeeded,
                round(percentNeeded * max / 100, RoundingMode.CEILING));
    }

    /** The three scored answers furthest below 10, weighted as the total weighs them, with their best option. */
    private static List<AnswerGain> bestGains(AuditResult scored, QuestionnaireDefinition definition,
                                              Set<String> unlisted) {
        double totalMax = scored.scoreCard().total().max();
        return scored.scoreCard().pillars().stream().flatMap(pillar -> pillar.questions().stream()
                        .map(q -> Map.entry(q, round((q.max() - q.score()) * q.weight() * pillar.weight() / totalMax
                                * 100, RoundingMode.HALF_UP))))
                .filter(entry -> !unlisted.contains(entry.getKey().question().value()) && entry.getValue() > 0)
                .sorted(Map.Entry.<QuestionScore, Double>comparingByValue().reversed()).limit(3)
                .map(entry -> {
                    Question question = definition.question(entry.getKey().question()).orElseThrow();
                    return new AnswerGain(question.id(), question.pillar(), question.title(), bestAnswer(question),
                            entry.getValue());
                }).toList();
    }

    private static String bestAnswer(Question question) {
        if (question.type() == QuestionType.YES_NO) {
            return "Yes";
        }
        if (question.options().isEmpty()) {
            return Formats.number(question.maximum());
        }
        return question.options().stream().max(Comparator.comparingDouble(AnswerOption::weight))
                .map(AnswerOption::label).orElseThrow();
    }

    private static double round(double value, RoundingMode mode) {
        return BigDecimal.valueOf(value).setScale(2, mode).doubleValue();
    }
}
