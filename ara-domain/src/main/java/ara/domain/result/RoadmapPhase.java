package ara.domain.result;

import java.util.List;
import java.util.Objects;

/** Value object: one window of the roadmap and the recommendations placed in it, in the order to do them. */
public record RoadmapPhase(RoadmapWindow window, List<Recommendation> recommendations) {
    public RoadmapPhase {
        Objects.requireNonNull(window, "window");
        recommendations = List.copyOf(recommendations);
    }

    public int firstDay() {
        return window.firstDay();
    }

    public int lastDay() {
        return window.lastDay();
    }
}
