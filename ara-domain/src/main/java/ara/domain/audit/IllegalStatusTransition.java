package ara.domain.audit;

/** An audit was asked to move to a state its current state cannot reach. */
public final class IllegalStatusTransition extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final AuditStatus from;
    private final AuditStatus to;

    public IllegalStatusTransition(AuditStatus from, AuditStatus to) {
        super("an audit in status " + from + " cannot move to " + to + " (allowed: " + from.successors() + ")");
        this.from = from;
        this.to = to;
    }

    public AuditStatus from() {
        return from;
    }

    public AuditStatus to() {
        return to;
    }
}
