package ara.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin resource sharing for the listed origins only, matched exactly (scheme, host and port; no
 * wildcards). With no origins configured the API sends no CORS headers at all, and browsers keep it same-origin.
 * Immutable and thread-safe.
 */
public final class CorsPolicy {
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-Guest-Token, X-Request-Id";
    static final String EXPOSED = "ETag, Location, X-Request-Id";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    /**
     * A policy for {@code origins}, each a serialized origin such as {@code https://app.example.com}.
     *
     * @throws IllegalArgumentException naming an entry that is not an http(s) origin
     */
    public static CorsPolicy allowing(List<String> origins) {
        return new CorsPolicy(origins.stream().map(CorsPolicy::origin).collect(Collectors.toUnmodifiableSet()));
    }

    /** Checks one configured origin and returns it in canonical (lower-case) form. */
    public static String origin(String text) {
        String trimmed = text.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && bare
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("not an origin (scheme://host[:port], no path, no wildcard): " + text);
    }

    /**
     * Adds the CORS headers a request earns; answers a preflight itself.
     *
     * @return whether the request was a preflight that is now answered (204)
     */
    public boolean apply(Context ctx) {
        if (origins.isEmpty()) {
            return false;
        }
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
        boolean preflight = HandlerType.OPTIONS.equals(ctx.method())
                && ctx.header("Access-Control-Request-Method") != null;
        if (allowed) {
            // No Access-Control-Allow-Credentials: ARA's credentials travel in headers (Authorization,
            // X-Guest-Token), never in cookies, so browsers need no credentialed CORS.
            ctx.header("Access-Control-Allow-Origin", origin);
            if (preflight) {
                ctx.header("Access-Control-Allow-Methods", METHODS);
                ctx.header("Access-Control-Allow-Headers", HEADERS);
                ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            } else {
                ctx.header("Access-Control-Expose-Headers", EXPOSED);
            }
        }
        if (preflight) {
            ctx.status(204);
        }
        return preflight;
    }
}
