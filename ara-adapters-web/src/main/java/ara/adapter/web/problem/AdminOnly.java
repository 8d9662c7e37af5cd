package ara.adapter.web.problem;

/** A non-admin asked for an admin route; answered as "not found" so that admin routes are not confirmed. */
public final class AdminOnly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdminOnly(String path) {
        super("nothing at " + path);
    }
}
