package ara.adapter.catalog;

import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.Band;
import ara.domain.scoring.ProfileRule;
import ara.domain.scoring.QuestionScoring;
import ara.domain.scoring.ScoringFunction;
import ara.domain.scoring.ScoringProfile;
import ara.domain.scoring.ScoringScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the {@code scoring} part of a catalog file to a {@link ScoringScheme} for an already built definition.
 * A profile without {@code extends} is built with {@link ScoringProfile#of}; one with {@code extends} is derived
 * ({@link ScoringProfile#derive}) from a profile listed before it, overriding pillar weights and question scorings;
 * an overriding question may give only its weight or only its function and inherits the other. Stateless.
 */
final class ScoringMapper {
    private static final String FUNCTIONS = "weighted, linear, threshold, exponential";

    private ScoringMapper() {
    }

    static ScoringScheme scheme(JsonCursor json, QuestionnaireDefinition definition) {
        json.allowOnly("version", "profiles", "selection", "fallback");
        int version = json.integer("version");
        Map<String, ScoringProfile> profiles = new LinkedHashMap<>();
        for (JsonCursor profile : json.array("profiles")) {
            ScoringProfile built = profile(profile, version, profiles);
            profiles.put(built.id(), built);
        }
        List<ProfileRule> rules = new ArrayList<>();
        for (JsonCursor rule : json.array("selection", List.of())) {
            rules.add(rule(rule, definition));
        }
        return ScoringScheme.of(definition, version, List.copyOf(profiles.values()), rules, json.text("fallback"));
    }

    private static ScoringProfile profile(JsonCursor json, int version, Map<String, ScoringProfile> defined) {
        json.asObject();
        String id = json.text("id");
        JsonCursor profile = json.identified(id);
        profile.allowOnly("id", "extends", "pillarWeights", "questions");
        if (defined.containsKey(id)) {
            throw profile.fail("profile " + id + " is defined twice");
        }
        Map<PillarId, Double> pillarWeights = pillarWeights(profile);
        Optional<String> parentId = profile.optionalText("extends");
        if (parentId.isEmpty()) {
            if (!profile.has("pillarWeights")) {
                throw profile.fail("a profile that extends no other needs \"pillarWeights\"");
            }
            Map<QuestionId, QuestionScoring> questions = questions(profile, null);
            return profile.attempt(() -> ScoringProfile.of(id, version, pillarWeights, questions));
        }
        ScoringProfile parent = defined.get(parentId.get());
        if (parent == null) {
            throw profile.child("extends").fail("unknown profile " + parentId.get()
                    + "; a profile may only extend one listed before it");
        }
        Map<QuestionId, QuestionScoring> overrides = questions(profile, parent);
        return profile.attempt(() -> parent.derive(id, pillarWeights, overrides));
    }

    private static Map<PillarId, Double> pillarWeights(JsonCursor profile) {
        Map<PillarId, Double> weights = new LinkedHashMap<>();
        if (profile.has("pillarWeights")) {
            profile.object("pillarWeights").entries().forEach((pillar, weight) ->
                    weights.put(weight.attempt(() -> PillarId.of(pillar)), weight.asNumber()));
        }
        return weights;
    }

    /** The profile's question scorings; with a parent, missing weights and functions are inherited from it. */
    private static Map<QuestionId, QuestionScoring> questions(JsonCursor profile, ScoringProfile parent) {
        Map<QuestionId, QuestionScoring> questions = new LinkedHashMap<>();
        if (!profile.has("questions")) {
            return questions;
        }
        profile.object("questions").entries().forEach((name, entry) -> {
            QuestionId question = entry.attempt(() -> QuestionId.of(name));
            entry.asObject().allowOnly("weight", "function");
            Optional<QuestionScoring> inherited = parent == null ? Optional.empty() : parent.scoring(question);
            double weight = entry.has("weight") ? entry.number("weight")
                    : inherited.map(QuestionScoring::weight).orElseThrow(() -> entry.fail(
                            "missing required field \"weight\"" + (parent == null ? ""
                                    : " (profile " + parent.id() + " does not score this question)")));
            ScoringFunction function = entry.has("function") ? function(entry.object("function"))
                    : inherited.map(QuestionScoring::function).orElseThrow(() -> entry.fail(
                            "missing required field \"function\"" + (parent == null ? ""
                                    : " (profile " + parent.id() + " does not score this question)")));
            questions.put(question, entry.attempt(() -> new QuestionScoring(weight, function)));
        });
        return questions;
    }

    private static ScoringFunction function(JsonCursor json) {
        String type = json.text("type");
        return switch (type) {
            case "weighted" -> {
                json.allowOnly("type");
                yield new ScoringFunction.Weighted();
            }
            case "linear" -> {
                json.allowOnly("type");
                yield new ScoringFunction.Linear();
            }
            case "threshold" -> {
                json.allowOnly("type", "bands");
                List<Band> bands = new ArrayList<>();
                for (JsonCursor band : json.array("bands")) {
                    band.asObject().allowOnly("low", "high", "score");
                    bands.add(band.attempt(() -> new Band(band.number("low"), band.number("high"),
                            band.number("score"))));
                }
                yield json.attempt(() -> new ScoringFunction.Threshold(bands));
            }
            case "exponential" -> {
                json.allowOnly("type", "base", "multiplier", "offset");
                yield json.attempt(() -> new ScoringFunction.Exponential(json.number("base"),
                        json.number("multiplier"), json.number("offset", 0)));
            }
            default -> throw json.child("type").fail("unknown scoring function \"" + type + "\"; known functions: "
                    + FUNCTIONS);
        };
    }

    private static ProfileRule rule(JsonCursor json, QuestionnaireDefinition definition) {
        json.asObject().allowOnly("when", "profile");
        Condition when = ConditionMapper.condition(json.child("when"));
        checkOptions(json.child("when"), when, definition);
        return new ProfileRule(when, json.text("profile"));
    }

    /** Rejects a rule naming a question or option the questionnaire lacks; it would otherwise never match. */
    private static void checkOptions(JsonCursor json, Condition when, QuestionnaireDefinition definition) {
        json.attempt(() -> {
            definition.requireKnown(when, "this rule");
            return when;
        });
    }
}
