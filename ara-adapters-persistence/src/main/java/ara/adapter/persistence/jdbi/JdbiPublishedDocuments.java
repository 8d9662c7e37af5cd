package ara.adapter.persistence.jdbi;

import ara.application.port.out.questionnaire.PublishedDocuments;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Persistence adapter: published questionnaire documents in {@code questionnaire_versions}; the primary key
 * (questionnaire, version) makes a publication unique across every instance. Thread-safe.
 */
public final class JdbiPublishedDocuments implements PublishedDocuments {
    private final Jdbi jdbi;

    public JdbiPublishedDocuments(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public boolean insert(PublishedDocument document) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO questionnaire_versions"
                            + " (questionnaire_id, version, document, published_at, published_by)"
                            + " VALUES (:id, :version, :document, :publishedAt, :publishedBy)")
                    .bind("id", document.questionnaireId()).bind("version", document.version())
                    .bind("document", document.json())
                    .bind("publishedAt", AuditTables.dateTime(document.publishedAt()))
                    .bind("publishedBy", document.publishedBy())
                    .execute()) == 1;
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false;
            }
            throw SqlFailures.translate("publish questionnaire " + document.questionnaireId() + " v"
                    + document.version(), e);
        }
    }

    @Override
    public List<PublishedDocument> all() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT questionnaire_id, version, document,"
                            + " published_at, published_by FROM questionnaire_versions ORDER BY questionnaire_id, version")
                    .map((rs, ctx) -> new PublishedDocument(rs.getString("questionnaire_id"), rs.getInt("version"),
                            rs.getString("document"),
                            rs.getObject("published_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString("published_by")))
                    .list());
        } catch (JdbiException e) {
            throw SqlFailures.translate("read the published questionnaires", e);
        }
    }
}
