package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.adapter.web.scoring.ResultResponse;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.domain.audit.AuditId;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link SubmitAuditUseCase}: {@code POST /audits/{id}/submit} checks completeness, scores the audit
 * and answers its result; honours {@code If-Match} like the autosave. Thread-safe.
 */
public final class SubmitAuditHandler {
    private final SubmitAuditUseCase useCase;

    public SubmitAuditHandler(SubmitAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void submit(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        Responses.ok(ctx, ResultResponse.from(audit, useCase.submit(new SubmitAuditCommand(audit,
                Requests.ifMatchVersion(ctx).orElse(null), RequestAttributes.caller(ctx)))));
    }
}
