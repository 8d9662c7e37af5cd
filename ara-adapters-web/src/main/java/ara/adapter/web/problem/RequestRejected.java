package ara.adapter.web.problem;

import java.util.List;
import java.util.Objects;

/**
 * A request the adapter refuses before any use case runs: a bad parameter, header or body. Carries the problem to
 * report; {@link ExceptionMapping} turns it into the response.
 */
public final class RequestRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<FieldError> errors;

    public RequestRejected(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.errors = List.copyOf(errors);
    }

    /** 400 naming the one field at fault. */
    public static RequestRejected badRequest(String field, String rule, String message) {
        return new RequestRejected(ProblemType.BAD_REQUEST, message, List.of(new FieldError(field, rule, message)));
    }

    /** 422 listing every problem found. */
    public static RequestRejected invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().message()
                : errors.size() + " fields are invalid; first: " + errors.getFirst().message();
        return new RequestRejected(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    /** 404 for a path that names something that cannot exist. */
    public static RequestRejected notFound(String detail) {
        return new RequestRejected(ProblemType.NOT_FOUND, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
