package ara.domain.report;

import ara.domain.audit.AuditId;

import java.time.Instant;
import java.util.Objects;

/**
 * Value object: a report as storage keeps it, to be reloaded with {@link Report#reload} (and taken with
 * {@link Report#snapshot}). Immutable.
 *
 * @param version   starts at 1 and grows by one with every change
 * @param state     where the job stands, with the data of that state
 */
public record ReportSnapshot(ReportId id, AuditId auditId, ReportTemplate template, ReportOptions options,
                             long version, Instant createdAt, Instant updatedAt, ReportState state) {
    public ReportSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(auditId, "auditId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(state, "state");
    }
}
