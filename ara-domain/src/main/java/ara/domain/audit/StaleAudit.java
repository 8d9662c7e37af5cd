package ara.domain.audit;

/** The caller changed an audit based on a version that is no longer current (optimistic concurrency). */
public final class StaleAudit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditId auditId;
    private final long expected;
    private final long actual;

    public StaleAudit(AuditId auditId, long expected, long actual) {
        super("audit " + auditId + " is at version " + actual + ", not " + expected);
        this.auditId = auditId;
        this.expected = expected;
        this.actual = actual;
    }

    public AuditId auditId() {
        return auditId;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
