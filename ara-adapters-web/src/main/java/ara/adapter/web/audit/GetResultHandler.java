package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.adapter.web.scoring.ResultResponse;
import ara.application.port.in.audit.GetResultUseCase;
import ara.domain.audit.AuditId;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link GetResultUseCase}: {@code GET /audits/{id}/result}, 409 while the audit is not scored.
 * Thread-safe.
 */
public final class GetResultHandler {
    private final GetResultUseCase useCase;

    public GetResultHandler(GetResultUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void result(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        Responses.ok(ctx, ResultResponse.from(audit, useCase.result(audit, RequestAttributes.caller(ctx))));
    }
}
