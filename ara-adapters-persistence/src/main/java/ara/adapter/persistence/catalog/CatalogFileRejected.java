package ara.adapter.persistence.catalog;

import java.util.Objects;

/**
 * Persistence adapter failure: a questionnaire catalog file is missing, is not valid JSON or does not describe a
 * valid questionnaire. The message starts with the file and names the offending element.
 */
public final class CatalogFileRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file as the catalog was given it (a resource name or a caller-chosen name). */
    private final String file;

    public CatalogFileRejected(String file, String problem) {
        this(file, problem, null);
    }

    public CatalogFileRejected(String file, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
