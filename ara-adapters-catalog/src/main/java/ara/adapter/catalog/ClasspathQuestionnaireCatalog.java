package ara.adapter.catalog;

import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.io.InputStream;
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

/**
 * Persistence adapter: the questionnaire catalog, loaded from JSON on the class path.
 *
 * <p>Each file holds one questionnaire version and its scoring (see {@code docs/questionnaire-format.md}). Every
 * file is read and validated when the catalog is built, so a broken file stops start-up with a
 * {@link CatalogFileRejected} naming the file and the element. Immutable and thread-safe after construction.
 */
public final class ClasspathQuestionnaireCatalog implements QuestionnaireCatalog {

    /** The questionnaire ARA ships and uses by default. */
    public static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");

    /** The files ARA ships, as resource names relative to this package. */
    public static final List<String> SHIPPED_FILES = List.of("classic-v1.json", "full-v1.json");

    private final QuestionnaireId defaultQuestionnaire;
    private final Map<QuestionnaireId, NavigableMap<Integer, ScoringScheme>> versions;
    private final List<ScoringScheme> all;

    /** The shipped questionnaires, with {@link #CLASSIC} as the default. */
    public ClasspathQuestionnaireCatalog() {
        this(CLASSIC, readResources(SHIPPED_FILES));
    }

    /**
     * Loads the given resources of this module: names relative to this package ({@code classic-v1.json}) or
     * absolute ({@code /ara/adapter/catalog/classic-v1.json}).
     *
     * @throws CatalogFileRejected naming the first missing or broken file and the offending element
     */
    public static ClasspathQuestionnaireCatalog fromResources(QuestionnaireId defaultQuestionnaire,
                                                              List<String> resourceNames) {
        return new ClasspathQuestionnaireCatalog(defaultQuestionnaire, readResources(resourceNames));
    }

    /**
     * Loads files from streams, by the names to use in messages; reads and closes every stream.
     *
     * @throws CatalogFileRejected naming the first broken file and the offending element
     */
    public static ClasspathQuestionnaireCatalog fromStreams(QuestionnaireId defaultQuestionnaire,
                                                            Map<String, ? extends InputStream> files) {
        CatalogFileReader reader = new CatalogFileReader();
        List<Loaded> loaded = new ArrayList<>();
        files.forEach((name, in) -> loaded.add(new Loaded(name, reader.read(name, in))));
        return new ClasspathQuestionnaireCatalog(defaultQuestionnaire, loaded);
    }

    private ClasspathQuestionnaireCatalog(QuestionnaireId defaultQuestionnaire, List<Loaded> loaded) {
        this.defaultQuestionnaire = Objects.requireNonNull(defaultQuestionnaire, "defaultQuestionnaire");
        if (loaded.isEmpty()) {
            throw new IllegalArgumentException("the questionnaire catalog needs at least one file");
        }
        Map<QuestionnaireId, NavigableMap<Integer, Loaded>> byId = new HashMap<>();
        for (Loaded file : loaded) {
            QuestionnaireDefinition definition = file.scheme().definition();
            Loaded earlier = byId.computeIfAbsent(definition.id(), id -> new TreeMap<>())
                    .putIfAbsent(definition.version(), file);
            if (earlier != null) {
                throw new CatalogFileRejected(file.name(), "questionnaire " + definition.id() + " v"
                        + definition.version() + " is already defined by " + earlier.name());
            }
        }
        if (!byId.containsKey(defaultQuestionnaire)) {
            throw new IllegalArgumentException("the default questionnaire " + defaultQuestionnaire
                    + " is in none of the files " + loaded.stream().map(Loaded::name).toList());
        }
        Map<QuestionnaireId, NavigableMap<Integer, ScoringScheme>> index = new HashMap<>();
        byId.forEach((id, files) -> {
            NavigableMap<Integer, ScoringScheme> schemes = new TreeMap<>();
            files.forEach((version, file) -> schemes.put(version, file.scheme()));
            index.put(id, Collections.unmodifiableNavigableMap(schemes));
        });
        this.versions = Map.copyOf(index);
        this.all = loaded.stream().map(Loaded::scheme)
                .sorted(Comparator.comparing((ScoringScheme s) -> s.definition().id())
                        .thenComparingInt(s -> s.definition().version()))
                .toList();
    }

    private static List<Loaded> readResources(List<String> resourceNames) {
        CatalogFileReader reader = new CatalogFileReader();
        List<Loaded> loaded = new ArrayList<>();
        for (String name : resourceNames) {
            InputStream in = ClasspathQuestionnaireCatalog.class.getResourceAsStream(name);
            if (in == null) {
                throw new CatalogFileRejected(name, "not found on the class path (relative names resolve against "
                        + ClasspathQuestionnaireCatalog.class.getPackageName() + ")");
            }
            loaded.add(new Loaded(name, reader.read(name, in)));
        }
        return loaded;
    }

    @Override
    public QuestionnaireId defaultQuestionnaire() {
        return defaultQuestionnaire;
    }

    @Override
    public Optional<ScoringScheme> current(QuestionnaireId id) {
        return Optional.ofNullable(versions.get(id)).map(NavigableMap::lastEntry).map(Map.Entry::getValue);
    }

    @Override
    public Optional<ScoringScheme> find(QuestionnaireId id, int version) {
        return Optional.ofNullable(versions.get(id)).map(schemes -> schemes.get(version));
    }

    @Override
    public List<ScoringScheme> all() {
        return all;
    }

    /** A loaded file: its name, for messages about duplicates, and its scheme. */
    private record Loaded(String name, ScoringScheme scheme) {
    }
}
