package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import ara.adapter.web.problem.ExceptionMapping;
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

/**
 * Jetty's own error responses (a header section over the limit, a malformed request line or URI, a request that
 * comes while the server stops: 503 with {@code Retry-After}), which never reach Javalin: answered as problem details
 * with the security headers, a request id and {@code no-store}, like every other response, and without Jetty's HTML
 * page. Stateless and thread-safe.
 */
final class JettyErrors extends ErrorHandler {

    /** A 503 of Jetty's own says when to retry, whatever the method (its body is written for GET, POST, HEAD). */
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
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "/"
                : request.getHttpURI().getPath();
        HttpFields.Mutable headers = response.getHeaders();
        decorate(headers, requestId);
        headers.put(HttpHeader.CONTENT_TYPE, ProblemWriter.PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(ProblemWriter.body(code, detail(code), path, requestId)), callback);
    }

    private static void decorate(HttpFields.Mutable headers, String requestId) {
        SecurityHeaders.apply(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, SecurityHeaders.CACHE_CONTROL);
        headers.put(RequestIds.HEADER, requestId);
    }

    // Jetty's messages can echo request text; the client gets a fixed sentence per status instead.
    private static String detail(int status) {
        String reason = HttpStatus.getMessage(status);
        return "the request failed with HTTP " + status + (reason == null ? "" : " (" + reason + ")");
    }
}
