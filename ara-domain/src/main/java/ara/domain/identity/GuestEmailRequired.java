package ara.domain.identity;

/** Under {@link GuestSubmitPolicy#EMAIL} a guest gives an email (POST …/guest-email) before submitting. */
public final class GuestEmailRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GuestEmailRequired() {
        super("give an email (POST …/guest-email) before submitting this audit");
    }
}
