package ara.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a guest must do before submitting an audit ({@code ARA_GUEST_SUBMIT}): nothing ({@link #OPEN}), give an
 * email first ({@link #EMAIL}, the default), or sign in and claim the audit ({@link #LOGIN}).
 */
public enum GuestSubmitPolicy {
    OPEN, EMAIL, LOGIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GuestSubmitPolicy> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
