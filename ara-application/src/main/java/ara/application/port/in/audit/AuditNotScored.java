package ara.application.port.in.audit;

import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;

/** A result was asked of an audit that has not been scored yet. */
public final class AuditNotScored extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditId auditId;
    private final AuditStatus status;

    public AuditNotScored(AuditId auditId, AuditStatus status) {
        super("audit " + auditId + " is " + status.code() + " and has no result yet; submit it first");
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
