package ara.application.port.in.account;

import ara.domain.audit.Audit;
import ara.domain.history.AuditComparison;

import java.util.Objects;

/** View: the comparison of an audit with its baseline, with both audits (their ids, versions and dates). */
public record AuditComparisonView(Audit audit, Audit baseline, AuditComparison comparison) {
    public AuditComparisonView {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(comparison, "comparison");
    }
}
