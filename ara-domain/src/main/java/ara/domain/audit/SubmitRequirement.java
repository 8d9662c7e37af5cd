package ara.domain.audit;

import java.util.Locale;

/**
 * What submitting an audit still needs from whoever holds it: {@link #NOTHING}, a guest email first
 * ({@link #EMAIL}) or a signed-in user who claims it first ({@link #SIGN_IN}). Decided by
 * {@link Audit#submitRequirement}, which both the submit and the audit's view use.
 */
public enum SubmitRequirement {
    NOTHING, EMAIL, SIGN_IN;

    /** The lower-case code the API shows ({@code nothing}, {@code email}, {@code sign_in}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
