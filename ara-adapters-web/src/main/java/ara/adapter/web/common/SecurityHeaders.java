package ara.adapter.web.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers every response carries, errors included. The API serves only JSON, so the content
 * security policy allows nothing but same-origin resources and no framing. Stateless.
 */
public final class SecurityHeaders {
    /** The headers, by name, in the order they are written. */
    public static final Map<String, String> ALL = all();
    /**
     * The default {@code Cache-Control} of API responses: audits are private and change with every save. Routes
     * that may be cached (the questionnaire, with its ETag) replace it.
     */
    public static final String CACHE_CONTROL = "no-store";

    private SecurityHeaders() {
    }

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.put("Content-Security-Policy",
                "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    /** Sets every security header through {@code setter} (name, value), replacing earlier values. */
    public static void apply(BiConsumer<String, String> setter) {
        ALL.forEach(setter);
    }
}
