package ara.adapter.web.request;

import ara.domain.identity.Caller;
import io.javalin.http.Context;

/**
 * What the web adapter learns about a request before any handler runs: its request id, the client's address and,
 * for {@code /api/v1} requests, the authenticated caller, kept as request attributes so handlers can pass them on
 * (to the use cases and through them to the audit log). Stateless.
 */
public final class RequestAttributes {
    static final String REQUEST_ID = "ara.requestId";
    static final String CLIENT_ADDRESS = "ara.clientAddress";
    static final String CALLER = "ara.caller";

    private RequestAttributes() {
    }

    public static void remember(Context ctx, String requestId, String clientAddress) {
        ctx.attribute(REQUEST_ID, requestId);
        ctx.attribute(CLIENT_ADDRESS, clientAddress);
    }

    /** Keeps the caller the request's credentials speak for. */
    public static void rememberCaller(Context ctx, Caller caller) {
        ctx.attribute(CALLER, caller);
    }

    /** The request id (inbound {@code X-Request-Id} or generated), or {@code null} before it was assigned. */
    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID);
    }

    /** The client's IP address as resolved through the trusted proxies, or {@code null} before it was resolved. */
    public static String clientAddress(Context ctx) {
        return ctx.attribute(CLIENT_ADDRESS);
    }

    /**
     * The authenticated caller (possibly anonymous).
     *
     * @throws IllegalStateException when authentication did not run for this request: a wiring bug, answered as a
     *                               500 rather than guessed at (an unauthenticated request must not act as anyone)
     */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no caller for " + ctx.method() + " " + ctx.path()
                    + ": authentication did not run");
        }
        return caller;
    }
}
