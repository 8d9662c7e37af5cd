package ara.adapter.web.audit;

import ara.adapter.web.common.Responses;
import ara.application.port.in.audit.AuditView;
import io.javalin.http.Context;

/** Writes an audit with its version as the ETag. */
final class AuditReplies {
    private AuditReplies() {
    }

    static void audit(Context ctx, int status, AuditView view) {
        ctx.header("ETag", Responses.versionEtag(view.audit().version()));
        Responses.json(ctx, status, AuditResponse.from(view));
    }
}
