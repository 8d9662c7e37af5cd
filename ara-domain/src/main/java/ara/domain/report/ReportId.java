package ara.domain.report;

import java.util.Objects;
import java.util.UUID;

/** Value object: the id of a report (one job and, once rendered, its document). Immutable. */
public record ReportId(UUID value) {
    public ReportId {
        Objects.requireNonNull(value, "reportId");
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ReportId parse(String text) {
        return new ReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
