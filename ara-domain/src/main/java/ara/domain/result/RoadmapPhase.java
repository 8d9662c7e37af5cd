package ara.domain.result;

import java.util.List;

/** Value object: one window of the 90-day roadmap and the recommendations placed in it, by impact. */
public record RoadmapPhase(Priority priority, int firstDay, int lastDay, List<Recommendation> recommendations) {
    public RoadmapPhase {
        recommendations = List.copyOf(recommendations);
    }
}
