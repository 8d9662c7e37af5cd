package ara.domain.audit;

/** No audit has this id (or the caller may not see it). */
public final class AuditNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditId auditId;

    public AuditNotFound(AuditId auditId) {
        super("audit " + auditId + " does not exist");
        this.auditId = auditId;
    }

    public AuditId auditId() {
        return auditId;
    }
}
