package ara.adapter.persistence.jdbi;

import ara.application.port.out.outbox.DeliveryAttempt;
import ara.domain.audit.AuditId;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.report.ReportId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of {@code outbox_events} and {@code delivery_attempts}, shared by the repositories that append events
 * inside their own transactions and by {@link JdbiEventOutbox}. Stateless.
 */
final class OutboxTables {
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String GAVE_UP = "gave_up";
    private static final String ATTEMPT_COLUMNS = "event_id, channel, attempt, attempted_at, outcome, error,"
            + " duration_us";
    static final String EVENT_COLUMNS = "id, type, occurred_at, audit_id, report_id, subject_status,"
            + " questionnaire_id, questionnaire_version, total, level";

    private OutboxTables() {
    }

    /** Appends the events of a change in the caller's transaction: they commit or roll back with it. */
    static void append(Handle handle, List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO outbox_events (" + EVENT_COLUMNS + ", delivery,"
                + " attempts, due_at) VALUES (:id, :type, :occurredAt, :auditId, :reportId, :status, :questionnaireId,"
                + " :questionnaireVersion, :total, :level, '" + PENDING + "', 0, :occurredAt)");
        for (DomainEvent event : events) {
            batch.bind("id", event.id().toString())
                    .bind("type", event.type().code())
                    .bind("occurredAt", SqlInstants.argument(event.occurredAt()))
                    .bind("auditId", event.audit().toString())
                    .bind("reportId", event.report().map(ReportId::toString).orElse(null))
                    .bind("status", event.status())
                    .bind("questionnaireId", event.questionnaire().map(QuestionnaireId::value).orElse(null))
                    .bind("questionnaireVersion", boxed(event.questionnaireVersion()))
                    .bind("total", boxed(event.total()))
                    .bind("level", event.level().orElse(null))
                    .add();
        }
        batch.execute();
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    /** The ids of up to {@code limit} events due at {@code now}, longest due first, read from the index unlocked. */
    static List<UUID> selectDue(Handle handle, Instant now, int limit) {
        return handle.createQuery("SELECT id FROM outbox_events WHERE due_at <= :now ORDER BY due_at, id"
                        + " LIMIT :limit")
                .bind("now", SqlInstants.argument(now))
                .bind("limit", limit)
                .map((rs, ctx) -> UUID.fromString(rs.getString("id")))
                .list();
    }

    /**
     * The event, locked, if still due and no other transaction holds it: a primary-key look-up with {@code SKIP
     * LOCKED}, which MySQL, MariaDB and H2 all honour row by row (see {@link ReportTables#lockIfDue}).
     */
    static Optional<DomainEvent> lockIfDue(Handle handle, UUID id, Instant now) {
        return handle.createQuery("SELECT " + EVENT_COLUMNS + " FROM outbox_events WHERE id = :id"
                        + " AND due_at <= :now FOR UPDATE SKIP LOCKED")
                .bind("id", id.toString())
                .bind("now", SqlInstants.argument(now))
                .map((rs, ctx) -> event(rs))
                .findOne();
    }

    /** Leases a locked event to {@code holder}; returns its new attempt count. */
    static int lease(Handle handle, UUID id, String holder, Instant until) {
        handle.createUpdate("UPDATE outbox_events SET attempts = attempts + 1, holder = :holder,"
                        + " lease_until = :until, due_at = :until WHERE id = :id")
                .bind("holder", holder)
                .bind("until", SqlInstants.argument(until))
                .bind("id", id.toString())
                .execute();
        return handle.createQuery("SELECT attempts FROM outbox_events WHERE id = :id")
                .bind("id", id.toString()).mapTo(Integer.class).one();
    }

    /** The channels that already have the event. */
    static Set<String> deliveredChannels(Handle handle, UUID id) {
        return Set.copyOf(handle.createQuery("SELECT DISTINCT channel FROM delivery_attempts WHERE event_id = :id"
                        + " AND outcome = :delivered")
                .bind("id", id.toString())
                .bind("delivered", DeliveryAttempt.Outcome.DELIVERED.code())
                .mapTo(String.class).list());
    }

    static void insertAttempt(Handle handle, DeliveryAttempt attempt) {
        handle.createUpdate("INSERT INTO delivery_attempts (event_id, channel, attempt, attempted_at, outcome,"
                        + " error, duration_us) VALUES (:event, :channel, :attempt, :at, :outcome, :error, :duration)")
                .bind("event", attempt.event().toString())
                .bind("channel", attempt.channel())
                .bind("attempt", attempt.attempt())
                .bind("at", SqlInstants.argument(attempt.at()))
                .bind("outcome", attempt.outcome().code())
                .bind("error", attempt.error().orElse(null))
                .bind("duration", attempt.duration().toNanos() / 1_000)
                .execute();
    }

    static List<DeliveryAttempt> selectAttempts(Handle handle, UUID event) {
        return handle.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM delivery_attempts WHERE event_id = :event"
                        + " ORDER BY id")
                .bind("event", event.toString())
                .map((rs, ctx) -> attempt(rs))
                .list();
    }

    /** One channel's attempts, newest first (the channel index of V10). */
    static List<DeliveryAttempt> selectAttemptsOf(Handle handle, String channel, int offset, int limit) {
        return handle.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM delivery_attempts WHERE channel = :channel"
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("channel", channel)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> attempt(rs))
                .list();
    }

    static Optional<DomainEvent> selectEvent(Handle handle, UUID id) {
        return handle.createQuery("SELECT " + EVENT_COLUMNS + " FROM outbox_events WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> event(rs))
                .findOne();
    }

    private static DeliveryAttempt attempt(ResultSet rs) throws SQLException {
        return new DeliveryAttempt(UUID.fromString(rs.getString("event_id")),
                rs.getString("channel"), rs.getInt("attempt"), SqlInstants.read(rs, "attempted_at"),
                DeliveryAttempt.Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString("error")),
                Duration.ofNanos(rs.getLong("duration_us") * 1_000));
    }

    private static DomainEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        String questionnaire = rs.getString("questionnaire_id");
        String report = rs.getString("report_id");
        String level = rs.getString("level");
        return new DomainEvent(UUID.fromString(rs.getString("id")),
                EventType.fromCode(type).orElseThrow(() -> new IllegalStateException("unknown event type " + type)),
                SqlInstants.read(rs, "occurred_at"), AuditId.parse(rs.getString("audit_id")),
                Optional.ofNullable(report).map(ReportId::parse), rs.getString("subject_status"),
                Optional.ofNullable(questionnaire).map(QuestionnaireId::of), optionalInt(rs, "questionnaire_version"),
                optionalInt(rs, "total"), Optional.ofNullable(level));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
