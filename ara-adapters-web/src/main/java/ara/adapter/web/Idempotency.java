package ara.adapter.web;

import ara.adapter.web.problem.ExceptionMapping;
import ara.adapter.web.problem.ProblemType;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.idempotency.IdempotencyView;
import ara.application.port.in.idempotency.IdempotentRequestCommand;
import ara.application.port.in.idempotency.IdempotentRequestUseCase;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.domain.identity.Caller;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code Idempotency-Key} on POST routes: the first request with a key runs and, if it succeeds (2xx), its status,
 * body and the headers that describe it are kept; a retry with the same key and the same request (method, path and
 * body, by SHA-256) gets that response again with {@code Idempotent-Replayed: true}, without running anything. The
 * same key with another request is a 422, and while the first is still running a 409. A failed first attempt (an
 * error response or an exception) frees the key, so that the retry runs; so does a streamed (server-sent events)
 * reply, which is not kept. Keys are per caller: a user's, a guest token's, or for anonymous callers the client
 * address's (and then the key must carry at least 128 bits: 422 otherwise). Without the header nothing changes. Immutable and
 * thread-safe.
 */
final class Idempotency {
    static final String REPLAYED = "Idempotent-Replayed";
    /** The response headers a replay repeats; the rest (request id, rate limits, security) are the retry's own. */
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Location", "ETag");

    private final IdempotentRequestUseCase useCase;

    Idempotency(IdempotentRequestUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    /** Wraps a POST route's handler (the route's own rate limit runs inside, so that a replay costs none). */
    Handler around(Handler handler) {
        return ctx -> {
            List<String> keys = Collections.list(ctx.req().getHeaders(ExceptionMapping.IDEMPOTENCY_KEY));
            if (keys.isEmpty()) {
                handler.handle(ctx);
                return;
            }
            if (keys.size() > 1) {
                throw RequestRejected.badRequest(ExceptionMapping.IDEMPOTENCY_KEY, "repeated",
                        "send Idempotency-Key once");
            }
            Caller caller = RequestAttributes.caller(ctx);
            IdempotentRequestCommand command = new IdempotentRequestCommand(callerScope(ctx, caller),
                    caller.isAnonymous(), keys.getFirst(), fingerprint(ctx));
            switch (useCase.begin(command)) {
                case IdempotencyView.Started ignored -> runFirst(ctx, handler, command);
                case IdempotencyView.Replay replay -> replay(ctx, replay.response());
                case IdempotencyView.InFlight ignored -> throw new RequestRejected(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                        "a request with this Idempotency-Key is still being handled; retry when it has finished",
                        List.of());
                case IdempotencyView.Mismatch ignored -> throw new RequestRejected(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used for a different request; use a new key for a new request",
                        List.of());
            }
        };
    }

    private void runFirst(Context ctx, Handler handler, IdempotentRequestCommand command) throws Exception {
        boolean kept = false;
        try {
            handler.handle(ctx);
            int status = ctx.statusCode();
            if (status >= 200 && status < 300 && !streamed(ctx)) {
                byte[] body = body(ctx);
                useCase.complete(command, new IdempotencyView.Response(status, keptHeaders(ctx), body));
                kept = true;
            }
        } finally {
            if (!kept) {
                useCase.abandon(command);
            }
        }
    }

    /**
     * A streamed reply (server-sent events) went to the client as it was produced and is not kept: a retry runs
     * again rather than replaying an empty body.
     */
    private static boolean streamed(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/event-stream");
    }

    private static void replay(Context ctx, IdempotencyView.Response response) {
        response.headers().forEach(ctx::header);
        ctx.header(REPLAYED, "true");
        ctx.status(response.status()).result(response.body());
    }

    /** The body the handler set, read out and set again (handlers answer with byte arrays, so this is cheap). */
    private static byte[] body(Context ctx) throws IOException {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        return body;
    }

    private static Map<String, String> keptHeaders(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /** Whose keys these are: the signed-in user, else the guest token, else the client address. */
    private static String callerScope(Context ctx, Caller caller) {
        // The same scopes an erasure forgets (IdempotencyScopes): the user's, the guest token's, the address's.
        if (caller.signedIn().isPresent()) {
            return IdempotencyScopes.user(caller.signedIn().get().subject());
        }
        if (caller.guest().isPresent()) {
            return IdempotencyScopes.guest(caller.guest().get().hash());
        }
        return IdempotencyScopes.address(RequestAttributes.clientAddress(ctx));
    }

    /** SHA-256 of the method, the path and the body: what makes a retry the same request. */
    private static String fingerprint(Context ctx) {
        MessageDigest digest = digest();
        digest.update((ctx.method().name() + ' ' + ctx.path() + '\n').getBytes(StandardCharsets.UTF_8));
        digest.update(Requests.body(ctx));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
