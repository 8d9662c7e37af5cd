package ara.adapter.web.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers every response carries, errors included. The API serves only JSON, so its content
 * security policy allows nothing but same-origin resources and no framing. The bundled web pages get their own,
 * stricter policy ({@link #PAGES}): nothing by default, then scripts, styles, images, fonts and fetches from the
 * same origin only; no inline script or style, no plugins, no framing. Stateless.
 */
public final class SecurityHeaders {
    /** The headers, by name, in the order they are written. */
    public static final Map<String, String> ALL = all();
    /**
     * The default {@code Cache-Control} of API responses: audits are private and change with every save. Routes
     * that may be cached (the questionnaire, with its ETag) replace it.
     */
    public static final String CACHE_CONTROL = "no-store";
    /** The content security policy of the web pages and their assets. */
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The headers of the web pages: those of the API with {@link #PAGE_POLICY} as the content security policy. */
    public static final Map<String, String> PAGES = pages();
    /**
     * The {@code Cache-Control} of the web pages: a browser may keep them but asks again (ETag / Last-Modified) on
     * every use, so a new release is picked up at once; the files are not fingerprinted.
     */
    public static final String PAGE_CACHE_CONTROL = "no-cache";

    private SecurityHeaders() {
    }

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.put("Content-Security-Policy",
                "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    private static Map<String, String> pages() {
        Map<String, String> headers = new LinkedHashMap<>(ALL);
        headers.put("Content-Security-Policy", PAGE_POLICY);
        return Collections.unmodifiableMap(headers);
    }

    /** Sets the security headers of the web pages through {@code setter} (name, value), replacing earlier values. */
    public static void applyPage(BiConsumer<String, String> setter) {
        PAGES.forEach(setter);
    }

    /** Sets every security header through {@code setter} (name, value), replacing earlier values. */
    public static void apply(BiConsumer<String, String> setter) {
        ALL.forEach(setter);
    }
}
