package ara.application.service.health;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import ara.application.port.in.health.ReadinessView;
import ara.application.port.out.health.HealthCheck;
import ara.contract.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CheckHealthServiceTest {
    private final MovableClock clock = new MovableClock(InMemoryPorts.START);
    private final ScriptedHealthCheck database = ScriptedHealthCheck.up("database");
    private final ScriptedHealthCheck redis = ScriptedHealthCheck.up("redis");

    private CheckHealthService service(List<HealthCheck> critical, List<HealthCheck> nonCritical) {
        return new CheckHealthService(critical, nonCritical, clock, CheckHealthService.DEFAULT_TIMEOUT,
                CheckHealthService.DEFAULT_CACHE);
    }

    private CheckHealthService service() {
        return service(List.of(database), List.of(redis));
    }

    @Test
    void everyCheckUpIsHealthy() {
        HealthView health = service().health();

        assertThat(health.status()).isEqualTo(HealthView.Status.HEALTHY);
        assertThat(health.checkedAt()).isEqualTo(clock.instant());
        assertThat(health.checks()).extracting(CheckView::name, CheckView::critical)
                .containsExactly(tuple("database", true),
                        tuple("redis", false));
        assertThat(health.check("database")).map(CheckView::detail).contains("answered");
    }

    @Test
    void aFailedNonCriticalCheckIsDegradedAndACriticalOneUnhealthy() {
        redis.answer(HealthCheck.Probe.down("connection refused"));
        CheckHealthService degraded = service();
        assertThat(degraded.health().status()).isEqualTo(HealthView.Status.DEGRADED);
        assertThat(degraded.health().check("redis")).map(CheckView::detail).contains("connection refused");

        database.answer(HealthCheck.Probe.down("pool exhausted"));
        HealthView unhealthy = service().health();
        assertThat(unhealthy.status()).isEqualTo(HealthView.Status.UNHEALTHY);
        assertThat(unhealthy.check("database")).map(CheckView::status).contains(HealthView.Status.UNHEALTHY);
        assertThat(unhealthy.check("redis")).map(CheckView::status).contains(HealthView.Status.DEGRADED);
    }

    @Test
    void aCheckThatThrowsCountsAsDownWithWhatWentWrong() {
        database.throwing(new IllegalStateException("boom"));

        HealthView health = service().health();

        assertThat(health.status()).isEqualTo(HealthView.Status.UNHEALTHY);
        assertThat(health.check("database")).map(CheckView::detail).contains("IllegalStateException: boom");
    }

    @Test
    void reusesTheLastReportForTheCachePeriod() {
        CheckHealthService service = service();

        HealthView first = service.health();
        clock.advance(CheckHealthService.DEFAULT_CACHE.minusNanos(1));
        database.answer(HealthCheck.Probe.down("gone"));

        assertThat(service.health()).isSameAs(first);
        assertThat(database.probes()).isEqualTo(1);

        clock.advance(Duration.ofNanos(1));
        HealthView refreshed = service.health();
        assertThat(refreshed.status()).isEqualTo(HealthView.Status.UNHEALTHY);
        assertThat(refreshed.checkedAt()).isEqualTo(clock.instant());
        assertThat(database.probes()).isEqualTo(2);
    }

    @Test
    void aCheckWithoutAnswerWithinTheTimeoutFailsAndIsAbandoned() throws InterruptedException {
        HangingHealthCheck storage = new HangingHealthCheck("storage");
        CheckHealthService service = new CheckHealthService(List.of(database), List.of(storage), clock,
                Duration.ofMillis(50), CheckHealthService.DEFAULT_CACHE);

        HealthView health = service.health();

        assertThat(health.status()).isEqualTo(HealthView.Status.DEGRADED);
        CheckView timedOut = health.check("storage").orElseThrow();
        assertThat(timedOut.detail()).isEqualTo("no answer within 50 ms");
        assertThat(timedOut.duration()).isEqualTo(Duration.ofMillis(50));
        assertThat(health.check("database")).map(CheckView::status).contains(HealthView.Status.HEALTHY);
        assertThat(storage.interrupted().await(10, TimeUnit.SECONDS)).as("the hanging probe is interrupted").isTrue();
    }

    @Test
    void noChecksIsHealthy() {
        assertThat(service(List.of(), List.of()).health().status()).isEqualTo(HealthView.Status.HEALTHY);
    }

    @Test
    void isNotReadyWhileStartingAndDoesNotAskTheBackends() {
        ReadinessView readiness = service().readiness();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reason()).isEqualTo("starting");
        assertThat(readiness.checks()).isEmpty();
        assertThat(database.probes()).isZero();
    }

    @Test
    void whenServingReadinessFollowsTheCriticalChecksOnly() {
        redis.answer(HealthCheck.Probe.down("connection refused"));
        CheckHealthService service = service();
        service.serving();

        ReadinessView ready = service.readiness();
        assertThat(ready.ready()).isTrue();
        assertThat(ready.reason()).isEqualTo("ready");
        assertThat(ready.checks()).extracting(CheckView::name).containsExactly("database");

        database.answer(HealthCheck.Probe.down("pool exhausted"));
        clock.advance(CheckHealthService.DEFAULT_CACHE);
        ReadinessView unhealthy = service.readiness();
        assertThat(unhealthy.ready()).isFalse();
        assertThat(unhealthy.reason()).isEqualTo("unhealthy: database");
    }

    @Test
    void isNotReadyOnceDrainingWhateverTheChecksSay() {
        CheckHealthService service = service();
        service.serving();
        service.draining();
        service.serving();

        ReadinessView readiness = service.readiness();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reason()).isEqualTo("draining");
    }

    @Test
    void rejectsATimeoutThatIsNotPositive() {
        assertThatThrownBy(() -> new CheckHealthService(List.of(), List.of(), clock, Duration.ZERO,
                CheckHealthService.DEFAULT_CACHE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }
}
