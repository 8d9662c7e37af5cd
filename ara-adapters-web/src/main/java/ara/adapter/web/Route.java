package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Objects;

/**
 * One entry of the route table: method, path (Javalin's {@code {param}} syntax, as in OpenAPI), handler, the
 * route's own rate limit ({@code null} for none beyond the per-IP limit of every request) and its own body limit
 * ({@code 0}: the API's, {@link WebSettings#maxRequestBytes()}).
 */
record Route(HandlerType method, String path, Handler handler, Scope limit, long maxBodyBytes) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 0, got " + maxBodyBytes);
        }
    }

    Route(HandlerType method, String path, Handler handler, Scope limit) {
        this(method, path, handler, limit, 0);
    }

    Route(HandlerType method, String path, Handler handler) {
        this(method, path, handler, null);
    }

    /** This route with a body limit of its own instead of the API's. */
    Route withMaxBodyBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a route's own body limit must be >= 1, got " + bytes);
        }
        return new Route(method, path, handler, limit, bytes);
    }
}
