package ara.domain.report;

import ara.domain.audit.CanonicalUuid;

import java.util.Objects;
import java.util.UUID;

/** Value object: the id of a report (one job and, once rendered, its document). Immutable. */
public record ReportId(UUID value) {
    public ReportId {
        Objects.requireNonNull(value, "reportId");
    }

    /**
     * Parses the text form, the canonical lowercase UUID only ({@link CanonicalUuid}).
     *
     * @throws IllegalArgumentException when the text is not a UUID in canonical form
     */
    public static ReportId parse(String text) {
        return new ReportId(CanonicalUuid.parse(text, "reportId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
