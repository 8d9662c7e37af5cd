package ara.adapter.web;

import ara.adapter.web.http.ReadLimits;
import ara.adapter.web.http.SecurityHeaders;
import ara.adapter.web.problem.ExceptionMapping;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.ProblemWriter;
import ara.adapter.web.request.RequestIds;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Jetty's own error responses (a header section over the limit, a malformed request line, URI or percent-escape,
 * a bad {@code Host}, a request that comes while the server stops: 503 with {@code Retry-After}), which never reach
 * Javalin, and the refusals ARA makes in Jetty ({@link MethodOverrideGuard}): answered as problem details with the
 * security headers, a request id and {@code no-store}, like every other response, and without Jetty's HTML page.
 * Jetty's base class writes an error body only for GET, POST and HEAD ({@link #errorPageForMethod}), which left PUT,
 * PATCH, DELETE and OPTIONS with an empty body: here every method gets one. Stateless and thread-safe.
 */
final class JettyErrors extends ErrorHandler {
    private final long maxRequestBytes;

    JettyErrors(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** A 503 of Jetty's own says when to retry, whatever the method. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (response.getStatus() == HttpStatus.SERVICE_UNAVAILABLE_503) {
            // Jetty refuses requests that come while the server stops (its GracefulHandler): nothing was done, and
            // another instance, or this one restarted, takes them, as the README promises for a stop.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, ExceptionMapping.RETRY_AFTER_SECONDS);
        }
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        answer(request, response, callback, code, detail(code), List.of());
    }

    /** Answers {@code request} with a problem, outside Javalin: the security headers, a request id, no-store. */
    static void answer(Request request, Response response, Callback callback, int status, String detail,
                       List<FieldError> errors) {
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "/"
                : request.getHttpURI().getPath();
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        decorate(headers, requestId);
        headers.put(HttpHeader.CONTENT_TYPE, ProblemWriter.PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(ProblemWriter.body(status, detail, path, requestId, errors)), callback);
    }

    private static void decorate(HttpFields.Mutable headers, String requestId) {
        SecurityHeaders.apply(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, SecurityHeaders.CACHE_CONTROL);
        headers.put(RequestIds.HEADER, requestId);
    }

    // Jetty's messages can echo request text; the client gets a fixed sentence per status instead.
    private String detail(int status) {
        return switch (status) {
            case 400 -> "the request is not well-formed HTTP: its request line, a header, the Host, a percent-escape "
                    + "in the URI or the body's framing is malformed";
            case 408 -> "the request did not arrive in time: a connection may be silent for at most "
                    + ReadLimits.IDLE_TIMEOUT.toSeconds() + " seconds and a header section must arrive within "
                    + ReadLimits.HEADER_TIMEOUT.toSeconds() + " seconds";
            case 413 -> "the request body is larger than " + maxRequestBytes + " bytes";
            case 414 -> "the request target (path and query) is longer than " + WebServer.MAX_HEADER_BYTES + " bytes";
            case 431 -> "the request's header section is larger than " + WebServer.MAX_HEADER_BYTES + " bytes";
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield "the request failed with HTTP " + status + (reason == null ? "" : " (" + reason + ")");
            }
        };
    }
}
