package ara.adapter.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Objects;

/** One entry of the route table: method, path (Javalin's {@code {param}} syntax, as in OpenAPI) and handler. */
record Route(HandlerType method, String path, Handler handler) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }
}
