package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.RateLimitHeaders;
import ara.adapter.web.problem.ExceptionMapping;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.storage.ServeSignedFileHandler;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.limit.RequestThrottled;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies the rate limits the web layer keeps, all per client address: every API request ({@code /api/…} and
 * {@code /r2/…}, health checks excepted) against the per-IP limit, before authentication so that a flood costs no
 * token verification; guest audit creation just before its handler; and the budget of failed attempts on the routes
 * of what audits own ({@link #auditOwned}): each such request answered 401, 403 or 404 spends it once the response
 * is answered, and while it is spent those routes answer 429 before authentication or any look-up. The per-audit
 * allowances are not kept here: the use cases spend them once the caller's access is decided, and report them to
 * {@link RequestAdmissions} for the headers. A refused request ends in {@code RequestThrottled} (429); an admitted
 * one carries the tightest limit's headers. Immutable and thread-safe.
 */
final class Throttle {
    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);
    private static final AttributeKey<String> SCOPE = AttributeKey.stringKey("scope");
    private static final String AUDITS = ApiPaths.V1 + "/audits/";
    private static final String REPORTS = ApiPaths.V1 + "/reports/";
    private static final String SIGNED_URLS = ApiPaths.SIGNED_URLS + "/";
    private static final String FILES = ServeSignedFileHandler.PREFIX;

    private final AdmitRequestUseCase useCase;
    private final RequestAdmissions admissions;
    private final Set<String> exempt;
    private final LongCounter rejections;

    /**
     * @param admissions where the use cases report the per-audit allowances they spend
     * @param exempt     the exact paths no limit applies to (the health checks)
     * @param meter      where the rejections are counted ({@code ara.rate_limit.rejections} per scope)
     */
    Throttle(AdmitRequestUseCase useCase, RequestAdmissions admissions, Set<String> exempt, Meter meter) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
        this.admissions = Objects.requireNonNull(admissions, "admissions");
        this.exempt = Set.copyOf(exempt);
        this.rejections = meter.counterBuilder("ara.rate_limit.rejections").setUnit("{request}")
                .setDescription("Requests refused by a rate limit, by the limit's scope").build();
    }

    /**
     * The per-IP limit of every API request, then (for the routes of what audits own) the failed-attempt budget;
     * runs before routing and authentication.
     */
    void everyRequest(Context ctx) {
        String path = ctx.path();
        if (!ApiPaths.isApi(path) || exempt.contains(path)) {
            return;
        }
        String client = RequestAttributes.clientAddress(ctx);
        admit(ctx, Scope.API_PER_IP, client);
        if (auditOwned(path)) {
            counted(Scope.FAILED_ACCESS_PER_IP,
                    () -> useCase.peek(new AdmitRequestCommand(Scope.FAILED_ACCESS_PER_IP, client)));
        }
    }

    /**
     * Serves a route: its own per-IP limit, if it has one, then its handler, with the per-audit allowances the use
     * case spends shown on the response.
     */
    void serve(Context ctx, Scope scope, Handler handler) throws Exception {
        if (scope == Scope.AUDIT_CREATE_PER_IP) {
            // Guest sessions are what this limit is for: signed-in users are known and answer for their audits.
            if (RequestAttributes.caller(ctx).signedIn().isEmpty()) {
                admit(ctx, scope, RequestAttributes.clientAddress(ctx));
            }
        } else if (scope != null) {
            throw new IllegalArgumentException("the web layer keeps no limit " + scope.code()
                    + "; per-audit allowances are spent by the use cases");
        }
        try {
            admissions.serve(ctx, handler);
        } catch (RequestThrottled e) {
            rejections.add(1, Attributes.of(SCOPE, e.admission().scope().code()));
            throw e;
        }
    }

    /**
     * Answers a failure through {@code mapping}; a failed attempt (401, 403 or 404) on the routes of what audits own
     * then spends the client address's failed-attempt budget. Counting never fails the request: a limiter failure
     * is logged.
     */
    void answered(Context ctx, ExceptionMapping mapping, Exception failure) {
        mapping.handle(failure, ctx);
        int status = ctx.statusCode();
        String client = RequestAttributes.clientAddress(ctx);
        if (status != 401 && status != 403 && status != 404 || client == null || !auditOwned(ctx.path())) {
            return;
        }
        try {
            useCase.admit(new AdmitRequestCommand(Scope.FAILED_ACCESS_PER_IP, client));
        } catch (RequestThrottled alreadySpent) {
            // Spent meanwhile by concurrent failures: the next request is refused before any look-up.
        } catch (RuntimeException e) {
            LOG.warn("Failed attempt from {} not counted: {}", client, e.toString());
        }
    }

    /**
     * Whether a path names something an audit owns, or an audit itself: {@code /api/v1/audits/{id}…},
     * {@code /api/v1/reports/{id}…}, the signed files {@code /api/v1/files/…} and the signed-URL service
     * {@code /r2/…} (its health check is exempt).
     */
    static boolean auditOwned(String path) {
        return path.startsWith(AUDITS) && path.length() > AUDITS.length()
                || path.startsWith(REPORTS) && path.length() > REPORTS.length()
                || path.startsWith(FILES) || path.startsWith(SIGNED_URLS);
    }

    private void admit(Context ctx, Scope scope, String subject) {
        RateLimitHeaders.show(ctx, counted(scope, () -> useCase.admit(new AdmitRequestCommand(scope, subject))));
    }

    private AdmissionView counted(Scope scope, Supplier<AdmissionView> check) {
        try {
            return check.get();
        } catch (RequestThrottled e) {
            rejections.add(1, Attributes.of(SCOPE, scope.code()));
            throw e;
        }
    }
}
