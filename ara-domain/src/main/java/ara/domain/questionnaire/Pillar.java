package ara.domain.questionnaire;

import java.util.Objects;

/** Value object: one readiness pillar that questions score into. */
public record Pillar(PillarId id, String title, String description) {
    public Pillar {
        Objects.requireNonNull(id, "pillar id");
        Objects.requireNonNull(title, "pillar title");
        Objects.requireNonNull(description, "pillar description");
    }
}
