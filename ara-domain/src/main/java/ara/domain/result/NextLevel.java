package ara.domain.result;

import java.util.List;
import java.util.Objects;

/**
 * Value object: "next level" guidance: the distance of the total and of each pillar to the next maturity level,
 * and the (at most three) answers that would gain the most.
 */
public record NextLevel(LevelGap total, List<LevelGap> pillars, List<AnswerGain> bestGains) {
    public NextLevel {
        Objects.requireNonNull(total, "total");
        pillars = List.copyOf(pillars);
        bestGains = List.copyOf(bestGains);
    }
}
