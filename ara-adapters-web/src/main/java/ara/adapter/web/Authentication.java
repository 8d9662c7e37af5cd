package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.problem.AdminOnly;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.identity.AuthenticateCommand;
import ara.application.port.in.identity.AuthenticateUseCase;
import ara.application.port.out.StoreUnavailable;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.TokenRejected;
import io.javalin.http.Context;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place where a request's credentials become its {@link Caller}: for every {@code /api/v1} and {@code /r2}
 * request, reads
 * {@code Authorization: Bearer …} and {@code X-Guest-Token}, asks {@link AuthenticateUseCase} who they speak for
 * and keeps the answer as a request attribute ({@link RequestAttributes#caller}) for the handlers.
 *
 * <p>Public routes (the questionnaire, {@code POST /score}) are authenticated too: a request without credentials is
 * simply anonymous there, but credentials that are present must be valid everywhere, so that a client learns of a
 * bad or expired token on its first request rather than on the first owned resource. Any scheme but {@code Bearer}
 * (case-insensitive), an empty token, or a repeated {@code Authorization} or {@code X-Guest-Token} header is a
 * {@link TokenRejected} (401 {@code invalid_token}), as is whatever the use case rejects. Immutable and thread-safe.
 */
final class Authentication {
    static final String AUTHORIZATION = "Authorization";
    static final String GUEST_TOKEN = "X-Guest-Token";
    private static final String BEARER = "bearer";

    private final AuthenticateUseCase useCase;

    Authentication(AuthenticateUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    void handle(Context ctx) {
        if (!ctx.path().startsWith(ApiPaths.V1 + "/") && !ctx.path().startsWith(ApiPaths.SIGNED_URLS + "/")) {
            return;
        }
        String bearer = bearerToken(single(ctx, AUTHORIZATION));
        String guest = single(ctx, GUEST_TOKEN);
        Caller caller = useCase.authenticate(new AuthenticateCommand(bearer, guest,
                RequestAttributes.requestId(ctx), RequestAttributes.clientAddress(ctx)));
        RequestAttributes.rememberCaller(ctx, caller);
        if (ctx.path().startsWith(ApiPaths.V1 + "/admin")) {
            requireAdmin(caller, ctx.path());
        }
    }

    /**
     * Whether the request carries an admin's bearer token, for routes outside {@code /api/v1} that show admins more
     * (the health details). Never fails: missing or invalid credentials are simply not an admin's.
     */
    boolean isAdmin(Context ctx) {
        try {
            String bearer = bearerToken(single(ctx, AUTHORIZATION));
            if (bearer == null) {
                return false;
            }
            return useCase.authenticate(new AuthenticateCommand(bearer, null, RequestAttributes.requestId(ctx),
                    RequestAttributes.clientAddress(ctx))).isAdmin();
        } catch (TokenRejected | StoreUnavailable e) {
            return false;
        }
    }

    /**
     * Everything under {@code /api/v1/admin} is for admins only, whatever routes later issues add there: anonymous
     * callers are asked to authenticate, everyone else is told there is nothing (404, as for audits).
     */
    private static void requireAdmin(Caller caller, String path) {
        if (caller.isAnonymous()) {
            throw new AuthenticationRequired(path);
        }
        if (!caller.isAdmin()) {
            throw new AdminOnly(path);
        }
    }

    /** The header's one value, or {@code null} when absent; two values are ambiguous and refused. */
    private static String single(Context ctx, String name) {
        List<String> values = Collections.list(ctx.req().getHeaders(name));
        if (values.size() > 1) {
            throw new TokenRejected("repeated_" + name.toLowerCase(Locale.ROOT).replace('-', '_'));
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or {@code null} when there is no header. */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new TokenRejected("unsupported_scheme");
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw new TokenRejected("empty_token");
        }
        return token;
    }
}
