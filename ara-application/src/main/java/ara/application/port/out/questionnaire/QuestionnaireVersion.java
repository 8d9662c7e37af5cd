package ara.application.port.out.questionnaire;

import ara.domain.questionnaire.QuestionnaireId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version in the questionnaire catalog.
 *
 * @param publishedAt when an admin published it; empty for a version shipped with ARA
 * @param publishedBy who published it ({@code user:<subject>}); empty for a shipped version
 */
public record QuestionnaireVersion(QuestionnaireId id, int version, String title, int questions,
                                   Optional<Instant> publishedAt, Optional<String> publishedBy) {
    public QuestionnaireVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
    }

    public boolean shipped() {
        return publishedAt.isEmpty();
    }
}
