package ara.adapter.web;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.questionnaire.Validation;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small questionnaire built with the real domain, covering every question type, a conditional question, a
 * skippable step and a cross-check, with one scoring profile; and a catalog publishing its versions 1 and 2 (as
 * {@code classic}, the default) next to the shipped {@code full} questionnaire (so the mode can be chosen).
 */
final class TestSchemes {
    static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");
    static final QuestionnaireId FULL = QuestionnaireId.of("full");

    private TestSchemes() {
    }

    /**
     * The catalog the web tests' audits use: classic versions 1 and 2 of this questionnaire, the default, and the
     * current version of the shipped full questionnaire.
     */
    static QuestionnaireCatalog catalog() {
        return new Catalog(List.of(classic(1), classic(2), full()));
    }

    /** The shipped full questionnaire, as ARA's catalog reads it. */
    static ScoringScheme full() {
        return new ClasspathQuestionnaireCatalog().current(FULL).orElseThrow();
    }

    /** The published versions, in order of id and version. Immutable, thread-safe. */
    private record Catalog(List<ScoringScheme> all) implements QuestionnaireCatalog {
        @Override
        public QuestionnaireId defaultQuestionnaire() {
            return CLASSIC;
        }

        @Override
        public Optional<ScoringScheme> current(QuestionnaireId id) {
            return all.stream().filter(scheme -> scheme.definition().id().equals(id)).reduce((first, next) -> next);
        }

        @Override
        public Optional<ScoringScheme> find(QuestionnaireId id, int version) {
            return all.stream().filter(scheme -> scheme.definition().id().equals(id)
                    && scheme.definition().version() == version).findFirst();
        }
    }

    static ScoringScheme classic(int version) {
        StepId company = StepId.of("company");
        StepId practice = StepId.of("practice");
        StepId extra = StepId.of("extra");
        PillarId business = PillarId.of("business");
        PillarId technical = PillarId.of("technical");
        PillarId governance = PillarId.of("governance");
        Advice advice = new Advice("Do better", "Improve this practice.", Effort.M, "Higher readiness");

        Question companySize = question("company_size", company, QuestionType.SINGLE_SELECT, true,
                List.of(AnswerOption.of("small", "Small", 1), AnswerOption.of("medium", "Medium", 2),
                        AnswerOption.of("large", "Large", 3)), null, business, null, advice);
        Question industry = question("industry", company, QuestionType.SINGLE_SELECT, true,
                List.of(AnswerOption.of("healthcare", "Healthcare", 0), AnswerOption.of("finance", "Finance", 0),
                        AnswerOption.of("other", "Other", 0)), null, null, null, null);
        Question notes = question("org_notes", company, QuestionType.TEXT_INPUT, false, List.of(),
                Validation.text(20, null), null, null, null);
        Question aiUsage = question("ai_usage", practice, QuestionType.SCALE_RATING, true, List.of(),
                Validation.range(1, 5), technical, null, advice);
        Question automation = question("automation_pct", practice, QuestionType.PERCENTAGE, false, List.of(), null,
                technical, null, advice);
        Question policy = question("has_policy", practice, QuestionType.YES_NO, true, List.of(), null, governance,
                null, advice);
        Question controls = question("controls", practice, QuestionType.MULTI_SELECT, false,
                List.of(AnswerOption.of("hipaa", "HIPAA", 1), AnswerOption.of("soc2", "SOC 2", 1),
                        AnswerOption.exclusive("none", "None", 0)), null, governance,
                new Condition.Comparison(QuestionId.of("industry"), Operator.IN,
                        new Operand.TextList(List.of("healthcare", "finance"))), advice);
        Question teams = question("team_count", extra, QuestionType.NUMBER_INPUT, false, List.of(),
                Validation.range(0, 1000), technical, null, null);

        QuestionnaireDefinition definition = QuestionnaireDefinition.of(CLASSIC, version, "Classic readiness",
                "The test questionnaire", 15,
                List.of(new Step(company, "Company", "", 1, 5, List.of(companySize, industry, notes), null),
                        new Step(practice, "Practice", "", 2, 5, List.of(aiUsage, automation, policy, controls),
                                null),
                        new Step(extra, "Extra", "", 3, 5, List.of(teams),
                                new Condition.Comparison(QuestionId.of("company_size"), Operator.EQUALS,
                                        new Operand.Text("small")))),
                List.of(new Pillar(business, "Business", "Business fit"),
                        new Pillar(technical, "Technical", "Technical maturity"),
                        new Pillar(governance, "Governance", "Rules and controls")),
                List.of(new CrossCheck("healthcare_without_hipaa",
                        new Condition.Comparison(QuestionId.of("industry"), Operator.EQUALS,
                                new Operand.Text("healthcare")),
                        QuestionId.of("controls"), List.of("hipaa"), "Healthcare without {missing}")));

        Map<QuestionId, QuestionScoring> scoring = new LinkedHashMap<>();
        scoring.put(QuestionId.of("company_size"), new QuestionScoring(1.0, new ScoringFunction.Weighted()));
        scoring.put(QuestionId.of("ai_usage"), new QuestionScoring(0.6, new ScoringFunction.Linear()));
        scoring.put(QuestionId.of("automation_pct"), new QuestionScoring(0.2, new ScoringFunction.Linear()));
        scoring.put(QuestionId.of("team_count"), new QuestionScoring(0.2, new ScoringFunction.Linear()));
        scoring.put(QuestionId.of("has_policy"), new QuestionScoring(0.5, new ScoringFunction.Linear()));
        scoring.put(QuestionId.of("controls"), new QuestionScoring(0.5, new ScoringFunction.Weighted()));
        ScoringProfile profile = ScoringProfile.of("default", 1,
                Map.of(business, 0.3, technical, 0.4, governance, 0.3), scoring);
        return ScoringScheme.of(definition, 1, List.of(profile), List.of(), "default");
    }

    private static Question question(String id, StepId step, QuestionType type, boolean required,
                                     List<AnswerOption> options, Validation validation, PillarId pillar,
                                     Condition showIf, Advice advice) {
        return new Question(QuestionId.of(id), step, type, "Question " + id, "", "", required, options, validation,
                pillar, showIf, null, advice);
    }
}
