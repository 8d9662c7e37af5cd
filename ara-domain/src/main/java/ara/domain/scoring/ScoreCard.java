package ara.domain.scoring;

import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;

import java.util.List;
import java.util.Optional;

/**
 * Value object: everything scoring says about one set of answers.
 *
 * @param profileId       the profile used
 * @param profileVersion  its version
 * @param pillars         per pillar, in the questionnaire's pillar order
 * @param total           {@code r2(Σ r2(S_p)·W_p)} of {@code r2(Σ r2(M_p)·W_p)}
 * @param potential       the total if every unanswered visible question got its best answer
 * @param missingCritical unanswered visible required questions weighing more than 0.3 in the profile
 */
public record ScoreCard(String profileId, int profileVersion, List<PillarScore> pillars, ScoreSummary total,
                        ScoreSummary potential, List<QuestionId> missingCritical) {

    /** Questions weighing more than this are critical. */
    public static final double CRITICAL_WEIGHT = 0.3;

    public ScoreCard {
        pillars = List.copyOf(pillars);
        missingCritical = List.copyOf(missingCritical);
    }

    public Optional<PillarScore> pillar(PillarId id) {
        return pillars.stream().filter(p -> p.pillar().equals(id)).findFirst();
    }

    /** Every visible scored question, pillar by pillar. */
    public List<QuestionScore> questions() {
        return pillars.stream().flatMap(p -> p.questions().stream()).toList();
    }
}
