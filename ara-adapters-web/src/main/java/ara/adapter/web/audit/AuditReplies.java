package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.StartedAuditView;
import io.javalin.http.Context;

/** Writes an audit with its version as the ETag. */
final class AuditReplies {
    private AuditReplies() {
    }

    static void audit(Context ctx, int status, AuditView view) {
        ctx.header("ETag", Responses.versionEtag(view.audit().version()));
        Responses.json(ctx, status, AuditResponse.from(view));
    }

    /** 201 with a new audit and, for a guest audit, its token (the only time it is shown). */
    static void started(Context ctx, StartedAuditView started) {
        started(ctx, 201, started);
    }

    /** The audit and its new guest token with {@code status} (a resumed audit: 200). */
    static void started(Context ctx, int status, StartedAuditView started) {
        ctx.header("ETag", Responses.versionEtag(started.audit().audit().version()));
        Responses.json(ctx, status, StartedAuditResponse.from(started));
    }
}
