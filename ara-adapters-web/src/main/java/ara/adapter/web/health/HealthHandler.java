package ara.adapter.web.health;

import ara.adapter.web.http.Responses;
import ara.application.port.in.health.CheckHealthUseCase;
import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import ara.application.port.in.health.ReadinessView;
import io.javalin.http.Context;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Handler of the readiness and health routes. ReadinessView is 200 or 503; the whole health document is 200 while
 * healthy or degraded and 503 when unhealthy; one check alone is 200 only while it is healthy, so a monitor of that
 * backend sees its failure. Bodies are health documents (never problem+json), and details are shown to admins
 * only. Thread-safe.
 */
public final class HealthHandler {
    private static final int UNAVAILABLE = 503;

    private final CheckHealthUseCase useCase;
    private final Predicate<Context> isAdmin;

    /** @param isAdmin whether the request's credentials are an admin's (invalid credentials are simply not) */
    public HealthHandler(CheckHealthUseCase useCase, Predicate<Context> isAdmin) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
        this.isAdmin = Objects.requireNonNull(isAdmin, "isAdmin");
    }

    public void ready(Context ctx) {
        ReadinessView readiness = useCase.readiness();
        Responses.json(ctx, readiness.ready() ? 200 : UNAVAILABLE, ReadinessResponse.from(readiness));
    }

    public void health(Context ctx) {
        HealthView report = useCase.health();
        Responses.json(ctx, report.status() == HealthView.Status.UNHEALTHY ? UNAVAILABLE : 200,
                HealthResponse.from(report, isAdmin.test(ctx)));
    }

    /** The handler of one check's route; a check that is not registered reports as not configured. */
    public io.javalin.http.Handler check(String name) {
        return ctx -> {
            HealthView report = useCase.health();
            List<CheckView> found = report.check(name).map(List::of).orElse(List.of());
            HealthView one = HealthView.of(found, report.checkedAt());
            boolean healthy = one.status() == HealthView.Status.HEALTHY;
            Responses.json(ctx, healthy ? 200 : UNAVAILABLE, HealthResponse.from(one, isAdmin.test(ctx)));
        };
    }
}
