package ara.adapter.web.problem;

import ara.adapter.web.http.WebJson;
import ara.adapter.web.request.RequestAttributes;
import io.javalin.http.Context;

import java.util.List;

/** Writes problem details as {@code application/problem+json}: the only place error bodies are made. Stateless. */
public final class ProblemWriter {
    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemWriter() {
    }

    public static void write(Context ctx, ProblemType type, int status, String detail, List<FieldError> errors,
                             String correlationId) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, ctx.path(),
                errors == null || errors.isEmpty() ? null : errors, correlationId,
                RequestAttributes.requestId(ctx));
        ctx.status(status).contentType(PROBLEM_JSON).result(WebJson.write(problem));
    }

    /**
     * The body of a problem for an error answered outside Javalin (by Jetty itself, before or around routing),
     * where there is no {@link Context}.
     */
    public static byte[] body(int status, String detail, String instance, String requestId) {
        return body(status, detail, instance, requestId, List.of());
    }

    /** As {@link #body(int, String, String, String)}, naming the fields at fault. */
    public static byte[] body(int status, String detail, String instance, String requestId, List<FieldError> errors) {
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 408 -> ProblemType.REQUEST_TIMEOUT;
            case 413 -> ProblemType.CONTENT_TOO_LARGE;
            case 500 -> ProblemType.INTERNAL_ERROR;
            default -> ProblemType.HTTP_ERROR;
        };
        return WebJson.write(new Problem(type.uri(), type.title(), status, detail, instance,
                errors.isEmpty() ? null : errors, null, requestId));
    }

    public static void write(Context ctx, ProblemType type, String detail, List<FieldError> errors) {
        write(ctx, type, type.status(), detail, errors, null);
    }
}
