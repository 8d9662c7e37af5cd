package ara.domain.scoring;

import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned scoring profile: pillar weights and, per question, a weight and a function. Questions it does not
 * list are not scored. Immutable and thread-safe; checked against a questionnaire by {@link ScoringModel#compile}.
 */
public final class ScoringProfile {
    private final String id;
    private final int version;
    private final Map<PillarId, Double> pillarWeights;
    private final Map<QuestionId, QuestionScoring> questions;

    private ScoringProfile(String id, int version, Map<PillarId, Double> pillarWeights,
                           Map<QuestionId, QuestionScoring> questions) {
        this.id = id;
        this.version = version;
        this.pillarWeights = pillarWeights;
        this.questions = questions;
    }

    public static ScoringProfile of(String id, int version, Map<PillarId, Double> pillarWeights,
                                    Map<QuestionId, QuestionScoring> questions) {
        Objects.requireNonNull(id, "profile id");
        if (id.isBlank()) {
            throw new InvalidQuestionnaire("profile id must not be blank");
        }
        if (version < 1) {
            throw new InvalidQuestionnaire("profile " + id + ": version must be >= 1");
        }
        pillarWeights.forEach((pillar, weight) -> {
            if (weight == null || !Double.isFinite(weight) || weight < 0) {
                throw new InvalidQuestionnaire("profile " + id + ": pillar " + pillar + " weight must be >= 0, got "
                        + weight);
            }
        });
        return new ScoringProfile(id, version, Collections.unmodifiableMap(new LinkedHashMap<>(pillarWeights)),
                Collections.unmodifiableMap(new LinkedHashMap<>(questions)));
    }

    /** A copy of this profile under another id (same version), with some pillars or questions weighed differently. */
    public ScoringProfile derive(String newId, Map<PillarId, Double> pillarWeightOverrides,
                                 Map<QuestionId, QuestionScoring> questionOverrides) {
        Map<PillarId, Double> weights = new LinkedHashMap<>(pillarWeights);
        weights.putAll(pillarWeightOverrides);
        Map<QuestionId, QuestionScoring> scored = new LinkedHashMap<>(questions);
        scored.putAll(questionOverrides);
        return of(newId, version, weights, scored);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Map<PillarId, Double> pillarWeights() {
        return pillarWeights;
    }

    public Map<QuestionId, QuestionScoring> questions() {
        return questions;
    }

    public Optional<QuestionScoring> scoring(QuestionId question) {
        return Optional.ofNullable(questions.get(question));
    }

    public double pillarWeight(PillarId pillar) {
        return pillarWeights.getOrDefault(pillar, 0.0);
    }

    @Override
    public String toString() {
        return "ScoringProfile[" + id + " v" + version + "]";
    }
}
