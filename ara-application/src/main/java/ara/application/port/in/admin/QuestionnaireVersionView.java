package ara.application.port.in.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One questionnaire version.
 *
 * @param current     whether it is the version new audits of this questionnaire start on
 * @param publishedAt empty for a shipped version
 * @param publishedBy empty for a shipped version
 */
public record QuestionnaireVersionView(String id, int version, String title, int questions, boolean current,
                                       Optional<Instant> publishedAt, Optional<String> publishedBy) {
    public QuestionnaireVersionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
    }
}
