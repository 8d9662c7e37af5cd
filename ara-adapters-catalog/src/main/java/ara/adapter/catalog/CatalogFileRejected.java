package ara.adapter.catalog;

import java.util.Objects;

/**
 * Persistence adapter failure: a questionnaire catalog file is missing, is not valid JSON or does not describe a
 * valid questionnaire. The message starts with the file and names the offending element.
 */
public final class CatalogFileRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What {@link #element()} is when the problem is the document as a whole (or is named in the message). */
    public static final String DOCUMENT = "(document)";

    /** The file as the catalog was given it (a resource name or a caller-chosen name). */
    private final String file;
    private final String element;

    public CatalogFileRejected(String file, String problem) {
        this(file, problem, (Throwable) null);
    }

    public CatalogFileRejected(String file, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
        this.element = DOCUMENT;
    }

    /** @param element the JSON path of the offending element, e.g. {@code steps[0].questions[2].weight} */
    CatalogFileRejected(String file, String element, String problem) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(element, "element") + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.file = file;
        this.element = element;
    }

    public String file() {
        return file;
    }

    /** The JSON path of the offending element, or {@link #DOCUMENT}. */
    public String element() {
        return element;
    }
}
