package ara.domain.history;

import ara.domain.questionnaire.PillarId;

import java.util.Objects;

/**
 * Value object: one pillar's change between two audits (a pillar both versions have).
 *
 * @param pillar the pillar
 * @param title  its title in the compared audit's version
 * @param change its score and level before and after
 */
public record PillarChange(PillarId pillar, String title, ScoreChange change) {
    public PillarChange {
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(change, "change");
    }
}
