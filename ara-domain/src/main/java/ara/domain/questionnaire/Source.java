package ara.domain.questionnaire;

import java.util.Objects;

/**
 * Value object: a public framework that questions of a questionnaire rest on (for example the NIST AI RMF or the
 * EU AI Act), named once per questionnaire and cited by {@link Reference}s.
 *
 * @param id    short code the references use ({@code "nist-ai-rmf"}), non-blank
 * @param title the full title as it is printed ("NIST AI Risk Management Framework 1.0 (NIST AI 100-1)")
 * @param url   where to read it (may be empty)
 */
public record Source(String id, String title, String url) {
    public Source {
        Objects.requireNonNull(id, "source id");
        Objects.requireNonNull(title, "source title");
        url = url == null ? "" : url;
        if (id.isBlank()) {
            throw new IllegalArgumentException("source id must not be blank");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("source " + id + ": title must not be blank");
        }
    }
}
