package ara.adapter.web.audit;

import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.ClaimAuditUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link ClaimAuditUseCase}: {@code POST /audits/{id}/claim}, sent by a signed-in user who also presents
 * the audit's {@code X-Guest-Token}, makes the guest audit theirs (the token stops working) and answers the audit.
 * Without the token, or for an audit that is not a guest audit, the answer is 404. Thread-safe.
 */
public final class ClaimAuditHandler {
    private final ClaimAuditUseCase useCase;

    public ClaimAuditHandler(ClaimAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void claim(Context ctx) {
        AuditReplies.audit(ctx, 200, useCase.claim(Requests.auditId(ctx), RequestAttributes.caller(ctx)));
    }
}
