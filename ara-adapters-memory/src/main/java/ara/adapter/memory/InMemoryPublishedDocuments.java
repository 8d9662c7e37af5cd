package ara.adapter.memory;

import ara.application.port.out.questionnaire.PublishedDocuments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Persistence adapter: published questionnaire documents in memory (lost when the process ends). Thread-safe. */
public final class InMemoryPublishedDocuments implements PublishedDocuments {
    private final Map<String, PublishedDocument> documents = new ConcurrentHashMap<>();

    @Override
    public boolean insert(PublishedDocument document) {
        return documents.putIfAbsent(document.questionnaireId() + ":v" + document.version(), document) == null;
    }

    @Override
    public List<PublishedDocument> all() {
        return documents.values().stream().sorted(Comparator.comparing(PublishedDocument::questionnaireId)
                .thenComparingInt(PublishedDocument::version)).toList();
    }
}
