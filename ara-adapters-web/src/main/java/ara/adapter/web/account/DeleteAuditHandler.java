package ara.adapter.web.account;

import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.account.DeleteAuditUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link DeleteAuditUseCase}: {@code DELETE /audits/{id}} erases the audit and answers 204; a repeat
 * answers 404 like any unknown audit. Thread-safe.
 */
public final class DeleteAuditHandler {
    private final DeleteAuditUseCase useCase;

    public DeleteAuditHandler(DeleteAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void delete(Context ctx) {
        useCase.delete(Requests.auditId(ctx), RequestAttributes.caller(ctx));
        ctx.status(204);
    }
}
