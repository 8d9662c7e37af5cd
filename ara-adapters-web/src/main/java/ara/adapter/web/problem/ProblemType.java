package ara.adapter.web.problem;

/**
 * The kinds of problem the API reports: each has a stable type URI, a title and an HTTP status. The OpenAPI
 * document lists the same URIs.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "Bad request", 400),
    /** The request carries no identity and the resource has an owner. */
    AUTHENTICATION_REQUIRED("authentication-required", "Authentication required", 401),
    /** A bearer or guest token is present but not accepted (the reason is logged, never told). */
    INVALID_TOKEN("invalid-token", "Invalid token", 401),
    /** A guest audit may be submitted only after a signed-in user claimed it. */
    SIGN_IN_REQUIRED("sign-in-required", "Sign-in required", 403),
    /** A signed link ARA serves itself is forged, expired or used for another operation, type or length. */
    LINK_REFUSED("link-refused", "Link refused", 403),
    NOT_FOUND("not-found", "Not found", 404),
    /** No edge worker is configured, so this ARA issues no edge grants ({@code POST /r2/grants}). */
    EDGE_GRANTS_DISABLED("edge-grants-disabled", "Edge grants disabled", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    /** The request (its header section or body) did not arrive within ARA's read bounds. */
    REQUEST_TIMEOUT("request-timeout", "Request timeout", 408),
    CONFLICT("conflict", "Conflict", 409),
    /** A request with this {@code Idempotency-Key} is still being handled; retry once it has finished. */
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "Idempotency key in use", 409),
    /** A guest gives an email before submitting (the audit's state, not the request, is lacking: hence 409). */
    GUEST_EMAIL_REQUIRED("guest-email-required", "Guest email required", 409),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    CONTENT_TOO_LARGE("content-too-large", "Content too large", 413),
    VALIDATION_FAILED("validation-failed", "Validation failed", 422),
    /** The {@code Idempotency-Key} was used before with a different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422),
    /** A rate limit refused the request; {@code Retry-After} says when to try again. */
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal server error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    /** Any other status Javalin itself raises (for instance 503 while stopping). */
    HTTP_ERROR("http-error", "HTTP error", 0);

    private static final String PREFIX = "urn:ara:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
