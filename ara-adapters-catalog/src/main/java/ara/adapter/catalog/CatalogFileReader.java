package ara.adapter.catalog;

import ara.domain.questionnaire.InvalidQuestionnaire;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.ScoringScheme;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Reads one catalog file (one questionnaire version and its scoring) into a validated {@link ScoringScheme}.
 * Thread-safe.
 */
final class CatalogFileReader {
    /**
     * The newest format version this reader understands; it reads every version from 1 up to it, and a newer file
     * must fail rather than half-load. Version 2 adds {@code sources}, a question's {@code context} and
     * {@code references} and an option's {@code unknown} flag; a version 1 file may not use them.
     */
    static final int FORMAT_VERSION = 2;
    /** Jackson's "[Source: REDACTED (…); line: 2, column: 7]" inside a message, shortened to "line 2, column 7". */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

    private final JsonMapper json = JsonMapper.builder()
            // A repeated key would silently override the first one: treat it as the error it is.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Parses and validates one file; closes the stream.
     *
     * @param file the name used in messages
     * @throws CatalogFileRejected naming the file and the offending element
     * @throws UncheckedIOException when the stream cannot be read
     */
    ScoringScheme read(String file, InputStream in) {
        JsonNode document;
        try (in) {
            document = json.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogFileRejected(file, "malformed JSON" + at(e.getLocation()) + ": "
                    + SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2"), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        if (document == null || document.isMissingNode()) {
            throw new CatalogFileRejected(file, "is empty");
        }
        return map(JsonCursor.root(file, document));
    }

    private static ScoringScheme map(JsonCursor root) {
        int format = root.integer("formatVersion");
        if (format < 1 || format > FORMAT_VERSION) {
            throw root.child("formatVersion").fail("unsupported format version " + format + "; this reader knows "
                    + "1 to " + FORMAT_VERSION);
        }
        if (format >= 2) {
            root.allowOnly("formatVersion", "id", "version", "title", "description", "estimatedMinutes", "sources",
                    "pillars", "steps", "crossChecks", "scoring");
        } else {
            root.allowOnly("formatVersion", "id", "version", "title", "description", "estimatedMinutes", "pillars",
                    "steps", "crossChecks", "scoring");
        }
        try {
            QuestionnaireDefinition definition = DefinitionMapper.definition(root, format);
            return ScoringMapper.scheme(root.object("scoring"), definition);
        } catch (InvalidQuestionnaire e) {
            // The domain's message already names the element ("questionnaire classic v1: question x ...").
            throw new CatalogFileRejected(root.file(), e.getMessage(), e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
