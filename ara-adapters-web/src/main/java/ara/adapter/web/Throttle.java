package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.RateLimitHeaders;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.adapter.web.storage.IssueUploadHandler;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.limit.RequestThrottled;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the rate limits: every API request ({@code /api/…} and {@code /r2/…}, health checks excepted) against
 * the per-IP limit, before authentication so that a flood costs no token verification; and a route's own limit
 * (guest audit creation per IP; answer writes, submits, reports or uploads per audit) just before its handler. A
 * refused request ends in {@code RequestThrottled} (429); an admitted one carries the tightest limit's headers.
 * Immutable and thread-safe.
 */
final class Throttle {
    /** The path parameter that names the audit of per-audit limits. */
    private static final String AUDIT_PARAMETER = "id";

    private static final AttributeKey<String> SCOPE = AttributeKey.stringKey("scope");

    private final AdmitRequestUseCase useCase;
    private final Set<String> exempt;
    private final LongCounter rejections;

    /**
     * @param exempt the exact paths no limit applies to (the health checks)
     * @param meter  where the rejections are counted ({@code ara.rate_limit.rejections} per scope)
     */
    Throttle(AdmitRequestUseCase useCase, Set<String> exempt, Meter meter) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
        this.exempt = Set.copyOf(exempt);
        this.rejections = meter.counterBuilder("ara.rate_limit.rejections").setUnit("{request}")
                .setDescription("Requests refused by a rate limit, by the limit's scope").build();
    }

    /** The per-IP limit of every API request; runs before routing. */
    void everyRequest(Context ctx) {
        String path = ctx.path();
        if (!ApiPaths.isApi(path) || exempt.contains(path)) {
            return;
        }
        admit(ctx, Scope.API_PER_IP, RequestAttributes.clientAddress(ctx));
    }

    /** The route's own limit, if it has one; runs once the route (and so its path parameters) is known. */
    void route(Context ctx, Scope scope) {
        if (scope == null) {
            return;
        }
        switch (scope) {
            case API_PER_IP -> admit(ctx, scope, RequestAttributes.clientAddress(ctx));
            case AUDIT_CREATE_PER_IP -> {
                // Guest sessions are what this limit is for: signed-in users are known and answer for their audits.
                if (RequestAttributes.caller(ctx).signedIn().isEmpty()) {
                    admit(ctx, scope, RequestAttributes.clientAddress(ctx));
                }
            }
            default -> {
                // A malformed audit id is the handler's 400 to give; only real ids have allowances.
                String audit = auditOf(ctx);
                if (audit != null && isUuid(audit)) {
                    admit(ctx, scope, audit.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /**
     * The audit a per-audit limit counts: the {@code {id}} path parameter, else (for {@code POST /r2/upload}) the
     * body's {@code auditId}. A body that is not a JSON object with a text {@code auditId} has none: the handler
     * refuses it.
     */
    private static String auditOf(Context ctx) {
        String audit = ctx.pathParamMap().get(AUDIT_PARAMETER);
        if (audit != null) {
            return audit;
        }
        try {
            return Requests.parseJson(ctx.bodyAsBytes()).map(body -> body.path(IssueUploadHandler.AUDIT_FIELD))
                    .filter(JsonNode::isTextual).map(JsonNode::textValue).orElse(null);
        } catch (RequestRejected malformed) {
            return null;
        }
    }

    private void admit(Context ctx, Scope scope, String subject) {
        try {
            RateLimitHeaders.show(ctx, useCase.admit(new AdmitRequestCommand(scope, subject)));
        } catch (RequestThrottled e) {
            rejections.add(1, Attributes.of(SCOPE, scope.code()));
            throw e;
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
