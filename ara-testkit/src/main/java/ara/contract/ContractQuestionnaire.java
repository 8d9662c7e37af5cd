package ara.contract;

import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Effort;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small questionnaire built in code for the contract tests: one scored question of each select, scale and yes/no
 * type with improvement advice, an unscored text question, a cross-check (so results carry insights) and a step of
 * {@value #NOTES} optional text questions for the concurrency tests. The industry options carry synonyms for the
 * assistant tests ("hospital", "banking", "shop"). Immutable; the scheme is built once.
 */
public final class ContractQuestionnaire {
    public static final QuestionnaireId ID = QuestionnaireId.of("contract-test");
    /** Questions in the bulk step, {@code note-000} to {@code note-199}. */
    public static final int NOTES = 200;

    public static final QuestionId INDUSTRY = QuestionId.of("industry");
    public static final QuestionId DATA_SOURCES = QuestionId.of("data-sources");
    public static final QuestionId AUTOMATION = QuestionId.of("automation-maturity");
    public static final QuestionId HAS_API = QuestionId.of("has-api");
    public static final QuestionId COMMENTS = QuestionId.of("comments");

    private static final PillarId BUSINESS = PillarId.of("business");
    private static final PillarId TECHNICAL = PillarId.of("technical");
    private static final StepId PROFILE = StepId.of("profile");
    private static final StepId BULK = StepId.of("bulk");

    private static final ScoringScheme SCHEME = build();

    private ContractQuestionnaire() {
    }

    /** The questionnaire (version 1) with its scoring (version 1). */
    public static ScoringScheme scheme() {
        return SCHEME;
    }

    /** The id of the {@code index}-th question of the bulk step (0-based). */
    public static QuestionId note(int index) {
        if (index < 0 || index >= NOTES) {
            throw new IllegalArgumentException("note index must be in 0.." + (NOTES - 1) + ", got " + index);
        }
        return QuestionId.of("note-%03d".formatted(index));
    }

    private static ScoringScheme build() {
        List<Question> profile = List.of(
                question(INDUSTRY, PROFILE, QuestionType.SINGLE_SELECT, true, BUSINESS, List.of(
                        new AnswerOption("healthcare", "Healthcare", 2, false, List.of("hospital", "clinic")),
                        new AnswerOption("finance", "Finance", 3, false, List.of("banking", "insurance")),
                        new AnswerOption("retail", "Retail", 1, false, List.of("shop", "e-commerce"))),
                        Validation.none(),
                        advice("Pick a focus industry", Effort.S)),
                question(DATA_SOURCES, PROFILE, QuestionType.MULTI_SELECT, false, TECHNICAL, List.of(
                        AnswerOption.of("crm", "CRM", 1),
                        AnswerOption.of("erp", "ERP", 1),
                        AnswerOption.of("warehouse", "Data warehouse", 2),
                        AnswerOption.exclusive("none", "None of these", 0)), Validation.none(),
                        advice("Connect your data sources", Effort.L)),
                question(AUTOMATION, PROFILE, QuestionType.SCALE_RATING, false, TECHNICAL, List.of(),
                        Validation.range(1, 10), advice("Automate the routine", Effort.M)),
                question(HAS_API, PROFILE, QuestionType.YES_NO, false, TECHNICAL, List.of(), Validation.none(),
                        advice("Publish an API", Effort.M)),
                question(COMMENTS, PROFILE, QuestionType.TEXT_INPUT, false, null, List.of(),
                        Validation.text(100_000, null), null));
        List<Question> notes = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            notes.add(question(note(i), BULK, QuestionType.TEXT_INPUT, false, null, List.of(), Validation.none(), null));
        }
        QuestionnaireDefinition definition = QuestionnaireDefinition.of(ID, 1, "Contract test questionnaire",
                "Built in code for the repository contract tests", 5,
                List.of(new Step(PROFILE, "Profile", "", 1, 3, profile, null),
                        new Step(BULK, "Notes", "", 2, 2, notes, null)),
                List.of(new Pillar(BUSINESS, "Business", "Business readiness"),
                        new Pillar(TECHNICAL, "Technical", "Technical readiness")),
                List.of(new CrossCheck("healthcare-without-warehouse", Condition.equalTo("industry", "healthcare"),
                        DATA_SOURCES, List.of("warehouse"), "Healthcare audits need {missing}")));
        Map<QuestionId, QuestionScoring> scoring = new LinkedHashMap<>();
        scoring.put(INDUSTRY, new QuestionScoring(1.0, new ScoringFunction.Weighted()));
        scoring.put(DATA_SOURCES, new QuestionScoring(0.5, new ScoringFunction.Weighted()));
        scoring.put(AUTOMATION, new QuestionScoring(0.3, new ScoringFunction.Linear()));
        scoring.put(HAS_API, new QuestionScoring(0.2, new ScoringFunction.Linear()));
        ScoringProfile standard = ScoringProfile.of("standard", 1, Map.of(BUSINESS, 0.4, TECHNICAL, 0.6), scoring);
        return ScoringScheme.of(definition, 1, List.of(standard), List.of(), "standard");
    }

    private static Question question(QuestionId id, StepId step, QuestionType type, boolean required, PillarId pillar,
                                     List<AnswerOption> options, Validation validation, Advice advice) {
        return new Question(id, step, type, "Question " + id, "", "", required, options, validation, pillar, null,
                null, advice);
    }

    private static Advice advice(String title, Effort effort) {
        return new Advice(title, title + ", step by step.", effort, "Better readiness");
    }
}
