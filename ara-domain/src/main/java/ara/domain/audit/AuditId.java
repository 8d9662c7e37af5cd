package ara.domain.audit;

import java.util.Objects;
import java.util.UUID;

/** Value object: the id of an audit. */
public record AuditId(UUID value) {
    public AuditId {
        Objects.requireNonNull(value, "auditId");
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static AuditId parse(String text) {
        return new AuditId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
