package ara.adapter.web.common;

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
        ctx.status(status).contentType(PROBLEM_JSON).result(Json.write(problem));
    }

    public static void write(Context ctx, ProblemType type, String detail, List<FieldError> errors) {
        write(ctx, type, type.status(), detail, errors, null);
    }
}
