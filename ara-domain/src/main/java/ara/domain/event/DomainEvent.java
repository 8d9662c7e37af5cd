package ara.domain.event;

import ara.domain.audit.AuditId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.report.ReportId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Something that happened to an audit or a report, with a small payload: ids, the status after the change, the
 * questionnaire, and the total (out of 100) and level once scored. Never an email address or an answer. Immutable.
 *
 * @param id                   stable: receivers de-duplicate on it (the same change always yields the same id)
 * @param occurredAt           when the change was made (the aggregate's update time)
 * @param status               the audit's or report's status after the change ({@code scored}, {@code ready}, …)
 * @param questionnaireVersion the questionnaire's version; present with {@code questionnaire}
 * @param total                the score out of 100, for a scored audit
 * @param level                the maturity level's name, for a scored audit
 */
public record DomainEvent(UUID id, EventType type, Instant occurredAt, AuditId audit, Optional<ReportId> report,
                          String status, Optional<QuestionnaireId> questionnaire, OptionalInt questionnaireVersion,
                          OptionalInt total, Optional<String> level) {
    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(level, "level");
        if (questionnaire.isPresent() != questionnaireVersion.isPresent()) {
            throw new IllegalArgumentException("questionnaire and questionnaireVersion come together");
        }
        if (total.isPresent() != level.isPresent()) {
            throw new IllegalArgumentException("total and level come together");
        }
    }

    /**
     * The id of the event of {@code type} that a change of aggregate {@code aggregate} to {@code version} yields: a
     * name-based UUID, so that running the same change again (a transaction retried after a deadlock) yields the
     * same event, never a second one.
     */
    public static UUID idOf(EventType type, UUID aggregate, long version) {
        return UUID.nameUUIDFromBytes((type.code() + "/" + aggregate + "/" + version)
                .getBytes(StandardCharsets.UTF_8));
    }
}
