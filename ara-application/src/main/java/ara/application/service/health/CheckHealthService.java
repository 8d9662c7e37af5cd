package ara.application.service.health;

import ara.application.port.in.health.CheckHealthUseCase;
import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import ara.application.port.in.health.ReadinessView;
import ara.application.port.out.health.HealthCheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Service: runs the health checks, each on its own virtual thread with a timeout, and reuses the last report for
 * {@code cacheFor}, so that any number of probes costs the backends at most one round of checks per period (one
 * caller refreshes, the others wait for it). A failed critical check makes ARA unhealthy, a failed non-critical one
 * degraded. Also holds this instance's phase: starting until {@link #serving()}, draining from {@link #draining()}
 * on, which readiness reports before anything else. Thread-safe.
 */
public final class CheckHealthService implements CheckHealthUseCase {
    /** Reports are reused this long: one round of checks per second at most. */
    public static final Duration DEFAULT_CACHE = Duration.ofSeconds(1);
    /** How long one check may take before it counts as failed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private enum Phase { STARTING, SERVING, DRAINING }

    private record Registered(HealthCheck check, boolean critical) {
    }

    private final List<Registered> checks;
    private final Clock clock;
    private final Duration timeout;
    private final Duration cacheFor;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile HealthView last;
    private volatile Phase phase = Phase.STARTING;

    /**
     * @param critical    checks of backends ARA cannot serve without (the database): their failure is unhealthy
     * @param nonCritical checks of backends ARA works around (Redis, storage): their failure is degraded
     */
    public CheckHealthService(List<HealthCheck> critical, List<HealthCheck> nonCritical, Clock clock,
                              Duration timeout, Duration cacheFor) {
        List<Registered> all = new ArrayList<>();
        critical.forEach(check -> all.add(new Registered(Objects.requireNonNull(check, "check"), true)));
        nonCritical.forEach(check -> all.add(new Registered(Objects.requireNonNull(check, "check"), false)));
        this.checks = List.copyOf(all);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.cacheFor = Objects.requireNonNull(cacheFor, "cacheFor");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** Starting is over: readiness now follows the critical checks. */
    public void serving() {
        if (phase == Phase.STARTING) {
            phase = Phase.SERVING;
        }
    }

    /** Shutdown has begun: readiness is false from now on, whatever the checks say. */
    public void draining() {
        phase = Phase.DRAINING;
    }

    @Override
    public HealthView health() {
        HealthView report = last;
        if (fresh(report)) {
            return report;
        }
        refreshing.lock();
        try {
            report = last;
            if (!fresh(report)) {
                report = runChecks();
                last = report;
            }
            return report;
        } finally {
            refreshing.unlock();
        }
    }

    @Override
    public ReadinessView readiness() {
        Phase now = phase;
        if (now != Phase.SERVING) {
            return new ReadinessView(false, now == Phase.STARTING ? "starting" : "draining", List.of());
        }
        List<CheckView> critical = health().checks().stream().filter(CheckView::critical).toList();
        return critical.stream().filter(check -> check.status() != HealthView.Status.HEALTHY).findFirst()
                .map(failed -> new ReadinessView(false, "unhealthy: " + failed.name(), critical))
                .orElseGet(() -> new ReadinessView(true, "ready", critical));
    }

    private boolean fresh(HealthView report) {
        return report != null && clock.instant().isBefore(report.checkedAt().plus(cacheFor));
    }

    private HealthView runChecks() {
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<CheckView>> running = checks.stream()
                    .map(registered -> threads.submit(() -> run(registered))).toList();
            List<CheckView> results = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                results.add(await(checks.get(i), running.get(i), deadline));
            }
            return HealthView.of(results, started);
        } finally {
            // A check still hanging past its timeout is interrupted and abandoned, never waited for.
            threads.shutdownNow();
        }
    }

    private CheckView run(Registered registered) {
        Instant started = clock.instant();
        HealthCheck.Probe found;
        try {
            found = registered.check().probe();
        } catch (RuntimeException e) {
            found = HealthCheck.Probe.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result(registered, found, Duration.between(started, clock.instant()));
    }

    private CheckView await(Registered registered, Future<CheckView> running, Instant deadline) {
        try {
            long waitNanos = Math.max(0, Duration.between(clock.instant(), deadline).toNanos());
            return running.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return result(registered, HealthCheck.Probe.down("no answer within " + timeout.toMillis() + " ms"),
                    timeout);
        } catch (ExecutionException e) {
            return result(registered, HealthCheck.Probe.down(String.valueOf(e.getCause())), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(registered, HealthCheck.Probe.down("interrupted"), Duration.ZERO);
        }
    }

    private static CheckView result(Registered registered, HealthCheck.Probe found, Duration took) {
        HealthView.Status status = found.up() ? HealthView.Status.HEALTHY
                : registered.critical() ? HealthView.Status.UNHEALTHY : HealthView.Status.DEGRADED;
        return new CheckView(registered.check().name(), status, registered.critical(), took, found.detail());
    }
}
