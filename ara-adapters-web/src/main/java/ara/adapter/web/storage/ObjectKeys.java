package ara.adapter.web.storage;

import ara.adapter.web.problem.RequestRejected;
import io.javalin.http.Context;

/** Reads the {@code key} query parameter of the {@code /r2} routes. Stateless. */
final class ObjectKeys {
    private ObjectKeys() {
    }

    /** The {@code key} query parameter; 400 when it is missing or blank. */
    static String key(Context ctx) {
        String key = ctx.queryParam("key");
        if (key == null || key.isBlank()) {
            throw RequestRejected.badRequest("key", "required", "the query parameter key (an object key) is required");
        }
        return key;
    }
}
