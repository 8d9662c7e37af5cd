package ara.domain.identity;

/** Under {@link GuestSubmitPolicy#LOGIN} a guest audit is submitted only after a signed-in user claims it. */
public final class GuestMustSignIn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GuestMustSignIn() {
        super("sign in and claim this audit (POST …/claim) before submitting it");
    }
}
