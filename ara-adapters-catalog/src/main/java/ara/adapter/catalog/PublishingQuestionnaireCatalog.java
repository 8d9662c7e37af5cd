package ara.adapter.catalog;

import ara.application.port.out.questionnaire.PublishedDocuments.PublishedDocument;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnairePublisher;
import ara.application.port.out.questionnaire.QuestionnaireRejected;
import ara.application.port.out.questionnaire.QuestionnaireVersion;
import ara.application.port.out.questionnaire.QuestionnaireVersionTaken;
import ara.application.port.out.questionnaire.PublishedDocuments;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persistence adapter: the questionnaire catalog of the shipped files plus the versions admins published, which live
 * in a shared store ({@link PublishedDocuments}) so that they survive restarts and reach every instance. Reads are
 * served from an immutable snapshot, reloaded when older than the refresh time (for the current version) or at once
 * on a miss (an audit pinned to a version another instance just published), at most once a second for misses;
 * while the store is unreachable reads keep the versions already loaded (they never change once published).
 * Published documents are validated by the same reader as the shipped files. Thread-safe.
 */
public final class PublishingQuestionnaireCatalog implements QuestionnaireCatalog, QuestionnairePublisher {
    private static final System.Logger LOG = System.getLogger(PublishingQuestionnaireCatalog.class.getName());
    /** How long another instance's publication may take to become the current version here. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(10);
    private static final Duration MISS_RELOAD = Duration.ofSeconds(1);

    private final ClasspathQuestionnaireCatalog shipped;
    private final PublishedDocuments store;
    private final Clock clock;
    private final Duration refresh;
    private final CatalogFileReader reader = new CatalogFileReader();
    /** Parsed documents by "id:version": each is parsed once per process. */
    private final Map<String, ScoringScheme> parsed = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    private record Entry(ScoringScheme scheme, Optional<Instant> publishedAt, Optional<String> publishedBy) {
        QuestionnaireVersion version() {
            QuestionnaireDefinition definition = scheme.definition();
            return new QuestionnaireVersion(definition.id(), definition.version(), definition.title(),
                    definition.questions().size(), publishedAt, publishedBy);
        }
    }

    private record Snapshot(Map<QuestionnaireId, NavigableMap<Integer, Entry>> versions, Instant loadedAt) {
    }

    public PublishingQuestionnaireCatalog(ClasspathQuestionnaireCatalog shipped, PublishedDocuments store,
                                          Clock clock, Duration refresh) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.snapshot = load();
    }

    @Override
    public QuestionnaireId defaultQuestionnaire() {
        return shipped.defaultQuestionnaire();
    }

    @Override
    public Optional<ScoringScheme> current(QuestionnaireId id) {
        return Optional.ofNullable(fresh().versions().get(id)).map(versions -> versions.lastEntry().getValue().scheme());
    }

    @Override
    public Optional<ScoringScheme> find(QuestionnaireId id, int version) {
        Snapshot current = snapshot;
        Optional<ScoringScheme> found = lookUp(current, id, version);
        if (found.isEmpty() && olderThan(current, MISS_RELOAD)) {
            found = lookUp(reloadOrKeep(current), id, version);
        }
        return found;
    }

    @Override
    public List<ScoringScheme> all() {
        return entries(fresh()).stream().map(Entry::scheme).toList();
    }

    @Override
    public List<QuestionnaireVersion> versions() {
        return entries(fresh()).stream().map(Entry::version).toList();
    }

    @Override
    public QuestionnaireVersion publish(byte[] document, String publishedBy, Instant at) {
        ScoringScheme scheme = parse("the document", document);
        QuestionnaireId id = scheme.definition().id();
        int version = scheme.definition().version();
        requireNew(reload(), id, version);
        String json = new String(document, StandardCharsets.UTF_8);
        if (!store.insert(new PublishedDocument(id.value(), version, json, at, publishedBy))) {
            requireNew(reload(), id, version);
            throw new QuestionnaireVersionTaken(id, version, version);
        }
        parsed.put(key(id.value(), version), scheme);
        reload();
        return new Entry(scheme, Optional.of(at), Optional.of(publishedBy)).version();
    }

    private static void requireNew(Snapshot snapshot, QuestionnaireId id, int version) {
        NavigableMap<Integer, Entry> versions = snapshot.versions().get(id);
        if (versions != null && versions.lastKey() >= version) {
            throw new QuestionnaireVersionTaken(id, version, versions.lastKey());
        }
    }

    private ScoringScheme parse(String name, byte[] document) {
        try {
            return reader.read(name, new ByteArrayInputStream(document));
        } catch (CatalogFileRejected e) {
            throw new QuestionnaireRejected(e.element(), e.getMessage(), e);
        }
    }

    private static Optional<ScoringScheme> lookUp(Snapshot snapshot, QuestionnaireId id, int version) {
        return Optional.ofNullable(snapshot.versions().get(id)).map(versions -> versions.get(version))
                .map(Entry::scheme);
    }

    private Snapshot fresh() {
        Snapshot current = snapshot;
        return olderThan(current, refresh) ? reloadOrKeep(current) : current;
    }

    /** A reload for reads: while the store is unreachable the versions already known are served. */
    private Snapshot reloadOrKeep(Snapshot current) {
        try {
            return reload();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot reload the published questionnaires; serving the "
                    + "versions loaded at " + current.loadedAt() + ": " + e.getMessage());
            return current;
        }
    }

    private boolean olderThan(Snapshot current, Duration age) {
        return !clock.instant().isBefore(current.loadedAt().plus(age));
    }

    private synchronized Snapshot reload() {
        snapshot = load();
        return snapshot;
    }

    private Snapshot load() {
        Instant loadedAt = clock.instant();
        Map<QuestionnaireId, NavigableMap<Integer, Entry>> versions = new HashMap<>();
        for (ScoringScheme scheme : shipped.all()) {
            put(versions, new Entry(scheme, Optional.empty(), Optional.empty()));
        }
        for (PublishedDocument document : store.all()) {
            String key = key(document.questionnaireId(), document.version());
            try {
                ScoringScheme scheme = parsed.computeIfAbsent(key, ignored -> parse("published " + key,
                        document.json().getBytes(StandardCharsets.UTF_8)));
                put(versions, new Entry(scheme, Optional.of(document.publishedAt()),
                        Optional.of(document.publishedBy())));
            } catch (QuestionnaireRejected e) {
                // Validated when published: only a newer ARA's document (or a hand-edited row) gets here.
                LOG.log(System.Logger.Level.WARNING, "skipping the published questionnaire " + key + ": "
                        + e.getMessage());
            }
        }
        Map<QuestionnaireId, NavigableMap<Integer, Entry>> frozen = new HashMap<>();
        versions.forEach((id, byVersion) -> frozen.put(id, Collections.unmodifiableNavigableMap(byVersion)));
        return new Snapshot(Map.copyOf(frozen), loadedAt);
    }

    private static void put(Map<QuestionnaireId, NavigableMap<Integer, Entry>> versions, Entry entry) {
        QuestionnaireDefinition definition = entry.scheme().definition();
        versions.computeIfAbsent(definition.id(), id -> new TreeMap<>()).putIfAbsent(definition.version(), entry);
    }

    private static List<Entry> entries(Snapshot snapshot) {
        List<Entry> entries = new ArrayList<>();
        snapshot.versions().values().forEach(byVersion -> entries.addAll(byVersion.values()));
        entries.sort(Comparator.comparing((Entry entry) -> entry.scheme().definition().id().value())
                .thenComparingInt(entry -> entry.scheme().definition().version()));
        return entries;
    }

    private static String key(String id, int version) {
        return id + ":v" + version;
    }
}
