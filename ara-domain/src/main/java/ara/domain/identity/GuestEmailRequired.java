package ara.domain.identity;

/** Under {@link GuestSubmitPolicy#EMAIL} a guest gives an email (POST …/guest-email) before submitting. */
public final class GuestEmailRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GuestEmailRequired() {
        super("give an email (POST …/guest-email) before submitting this audit");
    }

    /** For what else needs the guest's email first (a resume link), said in {@code message}. */
    public GuestEmailRequired(String message) {
        super(message);
    }
}
