package ara.adapter.web.audit;

import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.notification.ResumeAuditUseCase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link ResumeAuditUseCase}: {@code POST /audits/resume} with {@code {"token": …}} (the token of a mailed
 * resume link) answers the audit and a new {@code guestToken}, as starting an audit does; from then on that token
 * reaches the audit (ADR 0024). An unknown, expired or revoked token is a 422 naming the field. Thread-safe.
 */
public final class ResumeAuditHandler {
    private static final String TOKEN = "token";
    private static final Set<String> FIELDS = Set.of(TOKEN);

    private final ResumeAuditUseCase useCase;

    public ResumeAuditHandler(ResumeAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void resume(Context ctx) {
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        Optional<String> token = BodyValues.text(body, TOKEN, problems);
        if (token.isEmpty() && problems.stream().noneMatch(problem -> TOKEN.equals(problem.field()))) {
            problems.add(new FieldError(TOKEN, "required", "token is required"));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        AuditReplies.started(ctx, 200, useCase.resume(token.get(), RequestAttributes.caller(ctx)));
    }
}
