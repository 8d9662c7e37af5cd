package ara.application.port.out.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Outbound port: where published catalog documents are kept (the database, or memory), for the questionnaire catalog
 * that publishes new versions.
 * Implementations are thread-safe; {@link #insert} is atomic across every instance sharing the store.
 */
public interface PublishedDocuments {

    /** One published document: the questionnaire version it holds, its JSON text, who published it when. */
    record PublishedDocument(String questionnaireId, int version, String json, Instant publishedAt,
                             String publishedBy) {
        public PublishedDocument {
            Objects.requireNonNull(questionnaireId, "questionnaireId");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(publishedBy, "publishedBy");
        }
    }

    /** Stores the document unless its questionnaire version is stored already; returns whether it stored it. */
    boolean insert(PublishedDocument document);

    /** Every stored document, by questionnaire id, then version. */
    List<PublishedDocument> all();
}
