package ara.adapter.web.http;

import ara.application.port.in.limit.AdmissionView;
import io.javalin.http.Context;

/**
 * Writes the rate-limit headers ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} in
 * seconds, and {@code RateLimit-Policy}) of the most restrictive limit a request met: when several limits apply
 * (every request's per-IP limit and, say, an audit's answer-write limit), the one with the fewest remaining requests
 * is shown, as clients need the tightest. Stateless.
 */
public final class RateLimitHeaders {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String POLICY = "RateLimit-Policy";
    public static final String RETRY_AFTER = "Retry-After";
    private static final String SHOWN = "ara.rateLimitShown";

    private RateLimitHeaders() {
    }

    /** Shows {@code admission} unless a tighter limit is shown already. */
    public static void show(Context ctx, AdmissionView admission) {
        AdmissionView shown = ctx.attribute(SHOWN);
        if (shown != null && shown.remaining() < admission.remaining()) {
            return;
        }
        ctx.attribute(SHOWN, admission);
        ctx.header(LIMIT, Integer.toString(admission.limit()));
        ctx.header(REMAINING, Integer.toString(admission.remaining()));
        ctx.header(RESET, Long.toString(admission.resetAfterSeconds()));
        ctx.header(POLICY, admission.limit() + ";w=" + admission.period().toSeconds());
    }

    /** Shows the limit that refused the request, and when to retry. */
    public static void refused(Context ctx, AdmissionView admission) {
        ctx.attribute(SHOWN, null);
        show(ctx, admission);
        ctx.header(RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
    }
}
