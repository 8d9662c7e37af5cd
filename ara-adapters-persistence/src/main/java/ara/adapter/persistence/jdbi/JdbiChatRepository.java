package ara.adapter.persistence.jdbi;

import ara.atrest.seal.PersonalDataCipher;
import ara.atrest.json.ChatJson;
import ara.application.port.out.chat.ChatRepository;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.Embedding;
import ara.domain.questionnaire.StepId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Persistence adapter: chat messages in the {@code chat_messages} table through JDBI. Content and suggestions are
 * sealed with the personal-data key; vectors are float32 little-endian bytes with their model and dimension.
 * Rows go with their audit ({@code ON DELETE CASCADE}). Thread-safe.
 */
public final class JdbiChatRepository implements ChatRepository {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final String COLUMNS = "id, audit_id, role, step_id, source, content_sealed, suggestions_sealed,"
            + " embedding_model, embedding_dimension, embedding, created_at";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    public JdbiChatRepository(Database database, PersonalDataCipher cipher) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public ChatMessage append(ChatMessage message) {
        ChatMessage stored = new ChatMessage(message.id(), message.audit(), message.role(), message.content(),
                message.step(), message.source(), message.suggestions(),
                message.createdAt().truncatedTo(ChronoUnit.MICROS), message.embedding());
        Embedding embedding = stored.embedding();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO chat_messages (" + COLUMNS + ") VALUES (:id,"
                            + " :audit, :role, :step, :source, :content, :suggestions, :model, :dimension, :vector,"
                            + " :createdAt)")
                    .bind("id", stored.id().toString())
                    .bind("audit", stored.audit().toString())
                    .bind("role", stored.role().code())
                    .bind("step", stored.step() == null ? null : stored.step().value())
                    .bind("source", stored.source() == null ? null : stored.source().code())
                    .bind("content", cipher.seal(stored.content()))
                    .bind("suggestions", stored.suggestions().isEmpty() ? null
                            : cipher.seal(ChatJson.write(stored.suggestions())))
                    .bind("model", embedding == null ? null : embedding.model())
                    .bind("dimension", embedding == null ? null : embedding.dimension())
                    .bind("vector", embedding == null ? null : bytes(embedding.values()))
                    .bind("createdAt", DATE_TIME.format(LocalDateTime.ofInstant(stored.createdAt(), ZoneOffset.UTC)))
                    .execute());
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                throw new IllegalStateException("chat message " + message.id() + " exists", e);
            }
            throw SqlFailures.translate("store a chat message", e);
        }
        return stored;
    }

    @Override
    public List<ChatMessage> page(AuditId audit, Instant before, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            return jdbi.withHandle(handle -> {
                Query query = handle.createQuery("SELECT " + COLUMNS + " FROM chat_messages WHERE audit_id = :audit"
                        + (before == null ? "" : " AND created_at < :before")
                        + " ORDER BY created_at DESC, seq DESC LIMIT :limit")
                        .bind("audit", audit.toString())
                        .bind("limit", limit);
                if (before != null) {
                    query.bind("before", DATE_TIME.format(LocalDateTime.ofInstant(before, ZoneOffset.UTC)));
                }
                return query.map((rs, ctx) -> message(rs)).list();
            });
        } catch (JdbiException e) {
            throw SqlFailures.translate("read chat messages", e);
        }
    }

    @Override
    public long count(AuditId audit) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM chat_messages WHERE audit_id ="
                    + " :audit").bind("audit", audit.toString()).mapTo(Long.class).one());
        } catch (JdbiException e) {
            throw SqlFailures.translate("count chat messages", e);
        }
    }

    @Override
    public int deleteAudit(AuditId audit) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM chat_messages WHERE audit_id = :audit")
                    .bind("audit", audit.toString()).execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete chat messages", e);
        }
    }

    private ChatMessage message(ResultSet rs) throws SQLException {
        String step = rs.getString("step_id");
        String source = rs.getString("source");
        String suggestions = rs.getString("suggestions_sealed");
        byte[] vector = rs.getBytes("embedding");
        Embedding embedding = vector == null ? null : new Embedding(rs.getString("embedding_model"),
                floats(vector, rs.getInt("embedding_dimension")));
        return new ChatMessage(new ChatMessageId(UUID.fromString(rs.getString("id"))),
                AuditId.parse(rs.getString("audit_id")), ChatRole.of(rs.getString("role")),
                cipher.open(rs.getString("content_sealed")), step == null ? null : StepId.of(step),
                source == null ? null : ChatSource.of(source),
                suggestions == null ? List.of() : ChatJson.read(cipher.open(suggestions)),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), embedding);
    }

    static byte[] bytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] floats(byte[] bytes, int dimension) {
        if (bytes.length != dimension * Float.BYTES) {
            throw new IllegalStateException("a stored vector has " + bytes.length + " bytes for " + dimension
                    + " dimensions");
        }
        float[] values = new float[dimension];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
