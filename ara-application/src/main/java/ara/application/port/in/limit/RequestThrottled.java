package ara.application.port.in.limit;

import java.util.Objects;

/** A request was refused by a rate limit; nothing was done. Carries the limit's state for the response. */
public final class RequestThrottled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AdmissionView admission;

    public RequestThrottled(AdmissionView admission, String rule) {
        super("rate limit " + Objects.requireNonNull(admission, "admission").scope().code() + " (" + rule + " "
                + admission.scope().per() + ") exceeded; retry in "
                + admission.retryAfterSeconds() + " s");
        this.admission = admission;
    }

    /** The state of the limit that refused the request. */
    public AdmissionView admission() {
        return admission;
    }
}
