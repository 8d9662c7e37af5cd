package ara.domain.scoring;

import ara.domain.answer.Answers;
import ara.domain.logic.Conditions;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one questionnaire version is scored: its profiles, compiled against the definition, and the ordered rules
 * that choose one for a set of answers (the first rule that holds wins; otherwise the fallback). Immutable and
 * thread-safe.
 */
public final class ScoringScheme {
    private final QuestionnaireDefinition definition;
    private final int version;
    private final Map<String, ScoringModel> models;
    private final List<ProfileRule> rules;
    private final String fallback;

    private ScoringScheme(QuestionnaireDefinition definition, int version, Map<String, ScoringModel> models,
                          List<ProfileRule> rules, String fallback) {
        this.definition = definition;
        this.version = version;
        this.models = models;
        this.rules = rules;
        this.fallback = fallback;
    }

    /**
     * Compiles every profile against the definition and checks the selection rules.
     *
     * @throws InvalidQuestionnaire naming the broken profile, rule, question or option
     */
    public static ScoringScheme of(QuestionnaireDefinition definition, int version, List<ScoringProfile> profiles,
                                   List<ProfileRule> rules, String fallback) {
        Objects.requireNonNull(definition, "definition");
        String where = "scoring of " + definition.id() + " v" + definition.version();
        if (version < 1) {
            throw new InvalidQuestionnaire(where + ": scoring version must be >= 1");
        }
        Map<String, ScoringModel> models = new LinkedHashMap<>();
        for (ScoringProfile profile : profiles) {
            if (models.put(profile.id(), ScoringModel.compile(definition, profile)) != null) {
                throw new InvalidQuestionnaire(where + ": profile " + profile.id() + " is defined twice");
            }
        }
        if (!models.containsKey(fallback)) {
            throw new InvalidQuestionnaire(where + ": fallback profile " + fallback + " is not defined");
        }
        for (ProfileRule rule : rules) {
            if (!models.containsKey(rule.profile())) {
                throw new InvalidQuestionnaire(where + ": a selection rule names unknown profile " + rule.profile());
            }
            definition.requireKnown(rule.when(), "the selection rule for profile " + rule.profile());
        }
        return new ScoringScheme(definition, version, Collections.unmodifiableMap(models), List.copyOf(rules),
                fallback);
    }

    /** The model of the profile chosen for these answers. */
    public ScoringModel modelFor(Answers answers) {
        return modelFor(Visibility.of(definition, answers));
    }

    public ScoringModel modelFor(Visibility visibility) {
        for (ProfileRule rule : rules) {
            if (Conditions.holds(rule.when(), visibility::effectiveAnswer)) {
                return models.get(rule.profile());
            }
        }
        return models.get(fallback);
    }

    /** Chooses the profile and scores the answers with it. */
    public ScoreCard score(Answers answers) {
        Visibility visibility = Visibility.of(definition, answers);
        return modelFor(visibility).score(visibility);
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    public int version() {
        return version;
    }

    public Map<String, ScoringModel> models() {
        return models;
    }

    public List<ProfileRule> rules() {
        return rules;
    }

    public String fallback() {
        return fallback;
    }

    @Override
    public String toString() {
        return "ScoringScheme[" + definition.id() + " v" + definition.version() + ", scoring v" + version + ", profiles "
                + models.keySet() + "]";
    }
}
