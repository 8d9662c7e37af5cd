package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.CorsPolicy;
import ara.adapter.web.http.SecurityHeaders;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.ClientAddress;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.RequestIds;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs first on every request, before routing, so that even a 404, 405 or 413 carries what it sets: the request's
 * span ({@link RequestTelemetry}), the request id (echoed as {@code X-Request-Id}), the client address, the security headers and a default {@code Cache-Control} (the
 * API's or, on every other path, the web pages'), and CORS; a CORS preflight is answered here and goes no further. Immutable and thread-safe.
 */
final class RequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestFilter.class);

    private final ClientAddress clientAddress;
    private final CorsPolicy cors;
    private final RequestTelemetry telemetry;

    RequestFilter(ClientAddress clientAddress, CorsPolicy cors, RequestTelemetry telemetry) {
        this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
        this.cors = Objects.requireNonNull(cors, "cors");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    static RequestFilter of(WebSettings settings, RequestTelemetry telemetry) {
        return new RequestFilter(ClientAddress.trusting(settings.trustedProxies(), settings.clientAddressHeader()),
                CorsPolicy.allowing(settings.corsOrigins()), telemetry);
    }

    void handle(Context ctx) {
        // The trace id doubles as the request id when the client sent none (docs/adr/0012).
        String traceId = telemetry.begin(ctx);
        String requestId = RequestIds.accept(ctx.header(RequestIds.HEADER), traceId);
        List<String> forwardedFor = Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
        String viewer = clientAddress.viewerAddressHeader().map(ctx::header).orElse(null);
        String client = clientAddress.resolve(ctx.req().getRemoteAddr(), forwardedFor, viewer);
        RequestAttributes.remember(ctx, requestId, client);
        telemetry.identify(ctx);
        LOG.debug("request {} from {}: {} {}", requestId, client, ctx.method(), ctx.path());
        ctx.header(RequestIds.HEADER, requestId);
        if (ApiPaths.isApi(ctx.path())) {
            SecurityHeaders.apply(ctx::header);
            ctx.header("Cache-Control", SecurityHeaders.CACHE_CONTROL);
        } else {
            SecurityHeaders.applyPage(ctx::header);
            ctx.header("Cache-Control", SecurityHeaders.PAGE_CACHE_CONTROL);
        }
        refuseMalformedEscapes(ctx.req().getRequestURI(), "path");
        refuseMalformedEscapes(ctx.req().getQueryString(), "query");
        if (cors.apply(ctx)) {
            ctx.skipRemainingHandlers();
        }
    }

    /**
     * Jetty lets some escapes through that are not RFC 3986 percent-encodings (such as {@code %u0041}); Javalin's
     * decoding of path and query parameters would fail on them later, deep in a handler. Refused here, once, with a
     * 400 naming the part of the request.
     */
    static void refuseMalformedEscapes(String raw, String part) {
        if (raw == null) {
            return;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                throw RequestRejected.badRequest(part, "percent_encoding",
                        "the " + part + " holds a '%' that is not followed by two hexadecimal digits");
            }
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
