package ara.adapter.web;

import ara.adapter.web.health.HealthHandler;
import ara.application.port.in.health.CheckHealthUseCase;
import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import ara.application.port.in.health.ReadinessView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.opentelemetry.api.OpenTelemetry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations routes beside {@link Routes#LIVE}: readiness, health (all checks and one each) and the metrics
 * page, each for {@code GET} and {@code HEAD}. None is under {@code /api/v1}, none is rate-limited.
 */
final class OperationsRoutes {
    static final String READY = "/api/ready";
    static final String HEALTH = "/api/health";
    static final String METRICS = "/api/metrics";
    /** The checks that have a route of their own. */
    static final List<String> CHECKS = List.of("database", "redis", "storage");

    private OperationsRoutes() {
    }

    /** Every operations path, for the rate-limit exemption. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(READY, HEALTH, METRICS));
        CHECKS.forEach(check -> paths.add(HEALTH + "/" + check));
        return paths;
    }

    static List<Route> of(WebOperations operations, Authentication authentication) {
        HealthHandler health = new HealthHandler(operations.health(), authentication::isAdmin);
        List<Route> routes = new ArrayList<>();
        both(routes, READY, health::ready);
        both(routes, HEALTH, health::health);
        CHECKS.forEach(check -> both(routes, HEALTH + "/" + check, health.check(check)));
        both(routes, METRICS, metrics(operations));
        return List.copyOf(routes);
    }

    private static void both(List<Route> routes, String path, Handler handler) {
        routes.add(new Route(HandlerType.GET, path, handler));
        routes.add(new Route(HandlerType.HEAD, path, handler));
    }

    private static Handler metrics(WebOperations operations) {
        byte[] expected = operations.metricsToken().map(token -> ("Bearer " + token)
                .getBytes(StandardCharsets.UTF_8)).orElse(null);
        return ctx -> {
            if (expected != null && !authorized(ctx, expected)) {
                ctx.status(401).header("WWW-Authenticate", "Bearer realm=\"ara-metrics\"");
                return;
            }
            ctx.status(200).contentType(MetricsExposition.CONTENT_TYPE).result(operations.metrics().scrape());
        };
    }

    private static boolean authorized(Context ctx, byte[] expected) {
        String given = ctx.header("Authorization");
        return given != null && MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Operations for a server built without them (embedding, tests of other routes): no checks (healthy, ready), an
     * empty metrics page, no telemetry.
     */
    static WebOperations unmonitored() {
        CheckHealthUseCase none = new CheckHealthUseCase() {
            @Override
            public HealthView health() {
                return HealthView.of(List.<CheckView>of(), Instant.EPOCH);
            }

            @Override
            public ReadinessView readiness() {
                return new ReadinessView(true, "ready", List.of());
            }
        };
        return new WebOperations(none, () -> "", OpenTelemetry.noop(), Optional.empty());
    }
}
