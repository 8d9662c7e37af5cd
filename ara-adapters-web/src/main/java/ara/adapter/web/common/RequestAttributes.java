package ara.adapter.web.common;

import io.javalin.http.Context;

/**
 * What the web adapter learns about a request before any handler runs: its request id and the client's address,
 * kept as request attributes so handlers can pass them on (to an audit log, for instance). Stateless.
 */
public final class RequestAttributes {
    static final String REQUEST_ID = "ara.requestId";
    static final String CLIENT_ADDRESS = "ara.clientAddress";

    private RequestAttributes() {
    }

    public static void remember(Context ctx, String requestId, String clientAddress) {
        ctx.attribute(REQUEST_ID, requestId);
        ctx.attribute(CLIENT_ADDRESS, clientAddress);
    }

    /** The request id (inbound {@code X-Request-Id} or generated), or {@code null} before it was assigned. */
    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID);
    }

    /** The client's IP address as resolved through the trusted proxies, or {@code null} before it was resolved. */
    public static String clientAddress(Context ctx) {
        return ctx.attribute(CLIENT_ADDRESS);
    }
}
