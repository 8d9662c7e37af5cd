package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Objects;

/**
 * One entry of the route table: method, path (Javalin's {@code {param}} syntax, as in OpenAPI), handler and the
 * route's own rate limit ({@code null} for none beyond the per-IP limit of every request).
 */
record Route(HandlerType method, String path, Handler handler, Scope limit) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    Route(HandlerType method, String path, Handler handler) {
        this(method, path, handler, null);
    }
}
