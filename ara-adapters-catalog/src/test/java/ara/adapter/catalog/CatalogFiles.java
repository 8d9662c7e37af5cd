package ara.adapter.catalog;

import ara.domain.questionnaire.QuestionnaireId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test fixtures: the shipped classic file as an editable JSON tree, and catalogs built from edited copies. */
final class CatalogFiles {
    static final String SHIPPED = "classic-v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogFiles() {
    }

    /** A fresh, editable copy of the shipped classic-v1.json. */
    static ObjectNode classic() {
        try (InputStream in = ClasspathQuestionnaireCatalog.class.getResourceAsStream(SHIPPED)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode step(ObjectNode document, int index) {
        return (ObjectNode) document.withArray("steps").get(index);
    }

    static ObjectNode question(ObjectNode document, int step, int question) {
        return (ObjectNode) step(document, step).withArray("questions").get(question);
    }

    static ClasspathQuestionnaireCatalog load(String file, JsonNode document) {
        return load(file, document.toString());
    }

    static ClasspathQuestionnaireCatalog load(String file, String text) {
        return load(Map.of(file, text));
    }

    /** A catalog of the given files (name to content), in the given order, with classic as the default. */
    static ClasspathQuestionnaireCatalog load(Map<String, String> files) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        files.forEach((name, text) -> streams.put(name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return ClasspathQuestionnaireCatalog.fromStreams(QuestionnaireId.of("classic"), streams);
    }
}
