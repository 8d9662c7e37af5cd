package ara.domain.audit;

import java.util.Objects;
import java.util.UUID;

/** Value object: the id of an audit. */
public record AuditId(UUID value) {
    public AuditId {
        Objects.requireNonNull(value, "auditId");
    }

    /**
     * Parses the text form, the canonical lowercase UUID only ({@link CanonicalUuid}).
     *
     * @throws IllegalArgumentException when the text is not a UUID in canonical form
     */
    public static AuditId parse(String text) {
        return new AuditId(CanonicalUuid.parse(text, "auditId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
