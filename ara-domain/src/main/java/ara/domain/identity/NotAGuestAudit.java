package ara.domain.identity;

/** A guest-only action (giving a guest email) was asked of an audit that a signed-in user owns. */
public final class NotAGuestAudit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAGuestAudit(String what) {
        super(what + " is owned by a signed-in user; only a guest audit takes a guest email");
    }
}
