package ara.bootstrap;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.redis.RedisGuard;
import ara.adapter.telemetry.OpenTelemetryAuditMetrics;
import ara.adapter.telemetry.Traced;
import ara.adapter.web.WebAdmin;
import ara.adapter.web.WebUseCases;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.audit.CacheStatistics;
import ara.application.service.audit.MeteredAuditRepository;
import ara.bootstrap.telemetry.BackendMetrics;
import ara.bootstrap.telemetry.Telemetry;
import io.opentelemetry.api.trace.Tracer;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tracing and metrics, applied in this one place: a span per use case call and per call of an out-port that leaves
 * the process, ARA's own counters, and the gauges of the backends. {@link #off()} (the one-shot commands) applies
 * nothing. Not thread-safe: the composition root calls it while wiring.
 */
final class Instrumentation {
    /** The semantic conventions' {@code db.system.name} of Redis. */
    static final String REDIS = "redis";

    private final Optional<Telemetry> telemetry;
    private final Optional<Tracer> tracer;
    private final AuditMetrics metrics;

    private Instrumentation(Optional<Telemetry> telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.map(sdk -> sdk.tracer(OpenTelemetryAuditMetrics.SCOPE));
        this.metrics = telemetry.<AuditMetrics>map(sdk -> new OpenTelemetryAuditMetrics(
                sdk.meter(OpenTelemetryAuditMetrics.SCOPE))).orElseGet(AuditMetrics::none);
    }

    /** Spans and metrics through this telemetry. */
    static Instrumentation of(Telemetry telemetry) {
        return new Instrumentation(Optional.of(telemetry));
    }

    /** Nothing traced or measured. */
    static Instrumentation off() {
        return new Instrumentation(Optional.empty());
    }

    /** ARA's own counters (audits started, steps, submissions, reports, chat messages). */
    AuditMetrics auditMetrics() {
        return metrics;
    }

    /** The out-port behind a client span per call, named for the system it calls ({@code mysql}, {@code redis}…). */
    <T> T port(Class<T> type, T port, String system) {
        return tracer.map(spans -> Traced.port(type, port, spans, system)).orElse(port);
    }

    /** The audits, counting what the use cases do to them. */
    AuditRepository metered(AuditRepository audits, QuestionnaireCatalog catalog) {
        return new MeteredAuditRepository(audits, catalog, metrics);
    }

    /** Every use case the web adapter serves, each behind a span per call. */
    WebUseCases useCases(WebUseCases useCases) {
        return tracer.map(spans -> TracedUseCases.of(WebUseCases.class, useCases, spans)).orElse(useCases);
    }

    /** Every admin use case, each behind a span per call. */
    WebAdmin admin(WebAdmin admin) {
        return tracer.map(spans -> TracedUseCases.of(WebAdmin.class, admin, spans)).orElse(admin);
    }

    /** The connection pool's gauges. */
    void pool(Database database) {
        telemetry.ifPresent(sdk -> BackendMetrics.pool(sdk, database));
    }

    /** The progress cache's hits and misses. */
    void progressCache(Supplier<CacheStatistics> statistics) {
        telemetry.ifPresent(sdk -> BackendMetrics.progressCache(sdk, statistics));
    }

    /** The number of outbox events waiting for delivery, read from the store at each scrape. */
    void outbox(EventOutbox outbox) {
        telemetry.ifPresent(sdk -> BackendMetrics.outbox(sdk, outbox));
    }

    /** The Redis circuit breaker's state. */
    void circuitBreaker(RedisGuard guard) {
        telemetry.ifPresent(sdk -> BackendMetrics.circuitBreaker(sdk, REDIS, guard));
    }
}
