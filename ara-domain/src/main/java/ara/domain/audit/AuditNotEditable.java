package ara.domain.audit;

/** A change was asked of an audit whose status does not allow it (only drafts take answers). */
public final class AuditNotEditable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditId auditId;
    private final AuditStatus status;

    public AuditNotEditable(AuditId auditId, AuditStatus status) {
        super("audit " + auditId + " is " + status.code() + "; only a draft can be changed");
        this.auditId = auditId;
        this.status = status;
    }

    public AuditId auditId() {
        return auditId;
    }

    public AuditStatus status() {
        return status;
    }
}
