package ara.application.service.admin;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Catalog documents to publish: the shipped classic file under another version, or broken on purpose. */
final class CatalogDocuments {
    private CatalogDocuments() {
    }

    static String shippedClassic() {
        try (InputStream in = ClasspathQuestionnaireCatalog.class.getResourceAsStream("classic-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classic questionnaire as version {@code version} (the first "version" is the questionnaire's). */
    static byte[] classic(int version) {
        return shippedClassic().replaceFirst("\"version\"\\s*:\\s*1,", "\"version\": " + version + ",")
                .getBytes(StandardCharsets.UTF_8);
    }
}
