package ara.bootstrap.telemetry;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.PoolStatistics;
import ara.adapter.redis.RedisGuard;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.service.audit.CacheStatistics;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Metrics of the backends, read when scraped: the connection pool ({@code db.client.connection.count} by state,
 * {@code .max}, {@code .pending_requests}, per the database client conventions), the progress cache's lookups by
 * result ({@code ara_progress_cache_lookups_total{result="hit|miss"}}) and the Redis circuit breaker's state
 * ({@code ara_circuit_breaker_state{name="redis",state}}: 1 for the current state, 0 for the others). Stateless.
 */
public final class BackendMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(BackendMetrics.class);
    private static final AttributeKey<String> POOL = AttributeKey.stringKey("db.client.connection.pool.name");
    private static final AttributeKey<String> STATE = AttributeKey.stringKey("db.client.connection.state");
    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    private static final AttributeKey<String> NAME = AttributeKey.stringKey("name");
    private static final AttributeKey<String> BREAKER_STATE = AttributeKey.stringKey("state");
    private static final String POOL_NAME = "ara-db";
    private static final List<String> BREAKER_STATES = List.of("closed", "open", "half_open");

    private BackendMetrics() {
    }

    /** The connection pool's gauges. */
    public static void pool(Telemetry telemetry, Database database) {
        Meter meter = telemetry.meter();
        Attributes pool = Attributes.of(POOL, POOL_NAME);
        meter.upDownCounterBuilder("db.client.connection.count").setUnit("{connection}")
                .setDescription("Connections in the pool, by state (used or idle)").buildWithCallback(measurement -> {
                    PoolStatistics now = database.poolStatistics();
                    measurement.record(now.active(), pool.toBuilder().put(STATE, "used").build());
                    measurement.record(now.idle(), pool.toBuilder().put(STATE, "idle").build());
                });
        meter.upDownCounterBuilder("db.client.connection.max").setUnit("{connection}")
                .setDescription("The most connections the pool opens")
                .buildWithCallback(measurement -> measurement.record(database.poolStatistics().maximum(), pool));
        meter.upDownCounterBuilder("db.client.connection.pending_requests").setUnit("{request}")
                .setDescription("Requests waiting for a connection")
                .buildWithCallback(measurement -> measurement.record(database.poolStatistics().pending(), pool));
    }

    /** The progress cache's hits and misses. */
    public static void progressCache(Telemetry telemetry, Supplier<CacheStatistics> statistics) {
        telemetry.meter().counterBuilder("ara.progress_cache.lookups").setUnit("{lookup}")
                .setDescription("Single-audit reads of the progress cache, by result (hit or miss)")
                .buildWithCallback(measurement -> {
                    CacheStatistics now = statistics.get();
                    measurement.record(now.hits(), Attributes.of(RESULT, "hit"));
                    measurement.record(now.misses(), Attributes.of(RESULT, "miss"));
                });
    }

    /**
     * The outbox events waiting for delivery ({@code ara_outbox_pending}), counted in the store at each scrape; a
     * failed count reports nothing rather than a wrong number.
     */
    public static void outbox(Telemetry telemetry, EventOutbox outbox) {
        telemetry.meter().gaugeBuilder("ara.outbox.pending").ofLongs().setUnit("{event}")
                .setDescription("Outbox events waiting for delivery")
                .buildWithCallback(measurement -> {
                    try {
                        measurement.record(outbox.backlog().pending());
                    } catch (RuntimeException e) {
                        LOG.debug("outbox backlog not counted: {}", e.toString());
                    }
                });
    }

    /** The Redis circuit breaker's state. */
    public static void circuitBreaker(Telemetry telemetry, String name, RedisGuard guard) {
        telemetry.meter().gaugeBuilder("ara.circuit_breaker.state").ofLongs()
                .setDescription("1 for the circuit breaker's current state, 0 for the others")
                .buildWithCallback(measurement -> {
                    String current = guard.state();
                    for (String state : BREAKER_STATES) {
                        measurement.record(state.equals(current) ? 1 : 0,
                                Attributes.of(NAME, name, BREAKER_STATE, state));
                    }
                });
    }
}
