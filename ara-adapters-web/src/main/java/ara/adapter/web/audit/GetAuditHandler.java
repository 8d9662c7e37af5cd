package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.GetAuditUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link GetAuditUseCase}: {@code GET /audits/{id}} answers the audit with its version as the ETag,
 * or 304 when {@code If-None-Match} names that version. Thread-safe.
 */
public final class GetAuditHandler {
    private final GetAuditUseCase useCase;

    public GetAuditHandler(GetAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void get(Context ctx) {
        AuditView view = useCase.get(Requests.auditId(ctx), RequestAttributes.caller(ctx));
        String etag = Responses.versionEtag(view.audit().version());
        if (Requests.noneMatchHits(ctx, etag)) {
            Responses.notModified(ctx, etag);
            return;
        }
        AuditReplies.audit(ctx, 200, view);
    }
}
