package ara.adapter.web.audit;

import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.audit.ClearAnswerUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link ClearAnswerUseCase}: {@code DELETE /audits/{id}/answers/{questionId}} removes one answer and
 * answers the audit; honours {@code If-Match} like the autosave. Thread-safe.
 */
public final class ClearAnswerHandler {
    private final ClearAnswerUseCase useCase;

    public ClearAnswerHandler(ClearAnswerUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void clear(Context ctx) {
        var command = new ClearAnswerCommand(Requests.auditId(ctx), Requests.questionId(ctx),
                Requests.ifMatchVersion(ctx).orElse(null), RequestAttributes.caller(ctx));
        AuditReplies.audit(ctx, 200, useCase.clear(command));
    }
}
