package ara.adapter.web.http;

import io.javalin.http.Context;

/** Writes successful responses: JSON in UTF-8, and the ETag helpers. Stateless. */
public final class Responses {
    public static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(WebJson.write(body));
    }

    public static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /** A strong ETag holding an audit version: {@code "7"}. */
    public static String versionEtag(long version) {
        return "\"" + version + "\"";
    }

    /** 304 with the ETag and no body. */
    public static void notModified(Context ctx, String etag) {
        ctx.status(304).header("ETag", etag);
    }
}
