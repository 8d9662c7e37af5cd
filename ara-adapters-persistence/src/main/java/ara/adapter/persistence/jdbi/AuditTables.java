package ara.adapter.persistence.jdbi;

import ara.atrest.json.AnswerJson;
import ara.atrest.json.ResultJson;
import ara.atrest.seal.SealedValueUnreadable;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditSnapshot;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestTokenHash;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the three audit tables and the mapping of their rows; every statement runs on the caller's handle
 * (and transaction). Instants are UTC wall times in {@code DATETIME(6)}, written as text and read as
 * {@link LocalDateTime}, so that no driver shifts them by the JVM's or the session's time zone. Stateless.
 */
final class AuditTables {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final String COLUMNS = "id, questionnaire_id, questionnaire_version, scoring_version,"
            + " organization_name, owner_id, status, version, created_at, updated_at, submitted_at,"
            + " guest_token_hash, guest_email_sealed";

    private AuditTables() {
    }

    /** An {@code audits} row: the audit without its answers and result. */
    record AuditRow(AuditId id, QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                    String organizationName, OwnerId owner, AuditStatus status, long version, Instant createdAt,
                    Instant updatedAt, Instant submittedAt, GuestTokenHash guestToken, EmailAddress guestEmail) {

        Audit with(Map<QuestionId, AnswerValue> answers, AuditResult result) {
            return AuditSnapshot.builder()
                    .id(id)
                    .questionnaire(questionnaire)
                    .questionnaireVersion(questionnaireVersion)
                    .scoringVersion(scoringVersion)
                    .organizationName(organizationName)
                    .owner(owner)
                    .status(status)
                    .answers(Answers.of(answers))
                    .version(version)
                    .createdAt(createdAt)
                    .updatedAt(updatedAt)
                    .submittedAt(submittedAt)
                    .result(result)
                    .guestToken(guestToken)
                    .guestEmail(guestEmail)
                    .reload();
        }
    }

    static void insertAudit(Handle handle, Audit audit, SealedEmails emails) {
        bindColumns(handle.createUpdate("INSERT INTO audits (" + COLUMNS + ", guest_email_hash) VALUES (:id, :questionnaire,"
                        + " :questionnaireVersion, :scoringVersion, :organizationName, :owner, :status, :version,"
                        + " :createdAt, :updatedAt, :submittedAt, :guestToken, :guestEmail, :guestEmailHash)"),
                audit, emails).execute();
    }

    /** Binds every column of the {@code audits} row, the insert's and the update's alike. */
    private static Update bindColumns(Update statement, Audit audit, SealedEmails emails) {
        return statement
                .bind("id", audit.id().toString())
                .bind("questionnaire", audit.questionnaire().value())
                .bind("questionnaireVersion", audit.questionnaireVersion())
                .bind("scoringVersion", audit.scoringVersion())
                .bind("organizationName", audit.organizationName().orElse(null))
                .bind("owner", owner(audit.owner().orElse(null)))
                .bind("status", audit.status().code())
                .bind("version", audit.version())
                .bind("createdAt", dateTime(audit.createdAt()))
                .bind("updatedAt", dateTime(audit.updatedAt()))
                .bind("submittedAt", dateTime(audit.submittedAt().orElse(null)))
                .bind("guestToken", audit.guestToken().map(GuestTokenHash::hex).orElse(null))
                .bind("guestEmail", emails.seal(audit.guestEmail().orElse(null)))
                .bind("guestEmailHash", emails.hash(audit.guestEmail().orElse(null)));
    }

    /**
     * Stores the changed audit row, if it is still at {@code expectedVersion}.
     *
     * @throws IllegalStateException when it is not (the row lock makes that a bug, not a race)
     */
    static void updateAudit(Handle handle, Audit audit, long expectedVersion, SealedEmails emails) {
        int rows = bindColumns(handle.createUpdate("UPDATE audits SET questionnaire_id = :questionnaire,"
                        + " questionnaire_version = :questionnaireVersion, scoring_version = :scoringVersion,"
                        + " organization_name = :organizationName, owner_id = :owner, status = :status,"
                        + " version = :version, created_at = :createdAt, updated_at = :updatedAt,"
                        + " submitted_at = :submittedAt, guest_token_hash = :guestToken,"
                        + " guest_email_sealed = :guestEmail, guest_email_hash = :guestEmailHash"
                        + " WHERE id = :id AND version = :expectedVersion"), audit, emails)
                .bind("expectedVersion", expectedVersion)
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("audit " + audit.id() + " was not at version " + expectedVersion
                    + " although it was locked (" + rows + " rows matched)");
        }
    }

    static Optional<AuditRow> selectAudit(Handle handle, AuditId id, boolean forUpdate, SealedEmails emails) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audits WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", id.toString())
                .map((rs, ctx) -> auditRow(rs, emails))
                .findOne();
    }

    static Optional<AuditRow> selectByGuestToken(Handle handle, GuestTokenHash token, SealedEmails emails) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audits WHERE guest_token_hash = :token")
                .bind("token", token.hex())
                .map((rs, ctx) -> auditRow(rs, emails))
                .findOne();
    }

    static List<AuditRow> selectByOwner(Handle handle, OwnerId owner, int offset, int limit, SealedEmails emails) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audits WHERE owner_id = :owner"
                        + " ORDER BY created_at DESC, id ASC LIMIT :limit OFFSET :offset")
                .bind("owner", owner(owner))
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> auditRow(rs, emails))
                .list();
    }

    static long countByOwner(Handle handle, OwnerId owner) {
        return handle.createQuery("SELECT COUNT(*) AS audits FROM audits WHERE owner_id = :owner")
                .bind("owner", owner(owner))
                .mapTo(Long.class)
                .one();
    }

    /** The answers of each audit, by question id (audits without answers are absent). */
    static Map<AuditId, Map<QuestionId, AnswerValue>> selectAnswers(Handle handle, Collection<AuditId> ids) {
        Map<AuditId, Map<QuestionId, AnswerValue>> answers = new HashMap<>();
        if (ids.isEmpty()) {
            return answers;
        }
        handle.createQuery("SELECT audit_id, question_id, value_json FROM audit_answers WHERE audit_id IN (<ids>)"
                        + " ORDER BY audit_id, question_id")
                .bindList("ids", ids.stream().map(AuditId::toString).toList())
                .map((rs, ctx) -> {
                    AuditId audit = AuditId.parse(rs.getString("audit_id"));
                    QuestionId question = QuestionId.of(rs.getString("question_id"));
                    answers.computeIfAbsent(audit, key -> new LinkedHashMap<>())
                            .put(question, answer(audit, question, rs.getString("value_json")));
                    return audit;
                })
                .list();
        return answers;
    }

    /** The result of each audit that has one. */
    static Map<AuditId, AuditResult> selectResults(Handle handle, Collection<AuditId> ids) {
        Map<AuditId, AuditResult> results = new HashMap<>();
        if (ids.isEmpty()) {
            return results;
        }
        handle.createQuery("SELECT audit_id, result_gzip, result_json FROM audit_results WHERE audit_id IN (<ids>)")
                .bindList("ids", ids.stream().map(AuditId::toString).toList())
                .map((rs, ctx) -> {
                    AuditId audit = AuditId.parse(rs.getString("audit_id"));
                    byte[] compressed = rs.getBytes("result_gzip");
                    String json = compressed != null ? Gzip.decompress(compressed) : rs.getString("result_json");
                    results.put(audit, result(audit, json));
                    return audit;
                })
                .list();
        return results;
    }

    /** Inserts or replaces answers in one batch. */
    static void upsertAnswers(Handle handle, AuditId id, Map<QuestionId, AnswerValue> answers) {
        if (answers.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO audit_answers (audit_id, question_id, value_json)"
                + " VALUES (:audit, :question, :value) ON DUPLICATE KEY UPDATE value_json = VALUES(value_json)");
        answers.forEach((question, value) -> batch.bind("audit", id.toString()).bind("question", question.value())
                .bind("value", AnswerJson.write(value)).add());
        batch.execute();
    }

    static void deleteAnswers(Handle handle, AuditId id, Collection<QuestionId> questions) {
        if (questions.isEmpty()) {
            return;
        }
        handle.createUpdate("DELETE FROM audit_answers WHERE audit_id = :audit AND question_id IN (<questions>)")
                .bind("audit", id.toString())
                .bindList("questions", questions.stream().map(QuestionId::value).toList())
                .execute();
    }

    static void upsertResult(Handle handle, AuditId id, AuditResult result) {
        handle.createUpdate("INSERT INTO audit_results (audit_id, result_gzip, result_json, calculated_at)"
                        + " VALUES (:audit, :result, NULL, :calculatedAt) ON DUPLICATE KEY UPDATE"
                        + " result_gzip = VALUES(result_gzip), result_json = NULL, calculated_at = VALUES(calculated_at)")
                .bind("audit", id.toString())
                .bind("result", Gzip.compress(ResultJson.write(result)))
                .bind("calculatedAt", dateTime(result.calculatedAt()))
                .execute();
    }

    static void deleteResult(Handle handle, AuditId id) {
        handle.createUpdate("DELETE FROM audit_results WHERE audit_id = :audit").bind("audit", id.toString()).execute();
    }

    private static AuditRow auditRow(ResultSet rs, SealedEmails emails) throws SQLException {
        AuditId id = AuditId.parse(rs.getString("id"));
        try {
            byte[] owner = rs.getBytes("owner_id");
            return new AuditRow(id, QuestionnaireId.of(rs.getString("questionnaire_id")),
                    rs.getInt("questionnaire_version"), rs.getInt("scoring_version"),
                    rs.getString("organization_name"),
                    owner == null ? null : new OwnerId(new String(owner, StandardCharsets.UTF_8)),
                    status(rs.getString("status")), rs.getLong("version"), instant(rs, "created_at"),
                    instant(rs, "updated_at"), instant(rs, "submitted_at"), guestToken(rs.getString("guest_token_hash")),
                    emails.open(rs.getString("guest_email_sealed")));
        } catch (IllegalArgumentException | SealedValueUnreadable e) {
            throw new DatabaseFailure("audit " + id + " is stored in a form this version cannot read: "
                    + e.getMessage(), e);
        }
    }

    private static GuestTokenHash guestToken(String hex) {
        return hex == null ? null : new GuestTokenHash(hex);
    }

    private static AnswerValue answer(AuditId audit, QuestionId question, String json) {
        try {
            return AnswerJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new DatabaseFailure("the stored answer of audit " + audit + " to " + question
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static AuditResult result(AuditId audit, String json) {
        try {
            return ResultJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new DatabaseFailure("the stored result of audit " + audit + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static AuditStatus status(String code) {
        for (AuditStatus status : AuditStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "'");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /**
     * An instant as a UTC wall-time literal with six fractional digits, or SQL NULL. A string, not a
     * {@link LocalDateTime}: mysql-connector-j takes MariaDB's version string ("5.5.5-10.11…") for a server without
     * fractional seconds and silently drops the microseconds of temporal parameters.
     */
    static Argument dateTime(Instant instant) {
        return (position, statement, ctx) -> {
            if (instant == null) {
                statement.setNull(position, Types.TIMESTAMP);
            } else {
                statement.setString(position, DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            }
        };
    }

    /** The owner's UTF-8 bytes (compared byte for byte), or SQL NULL. */
    private static Argument owner(OwnerId owner) {
        return (position, statement, ctx) -> {
            if (owner == null) {
                statement.setNull(position, Types.VARBINARY);
            } else {
                statement.setBytes(position, owner.value().getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
