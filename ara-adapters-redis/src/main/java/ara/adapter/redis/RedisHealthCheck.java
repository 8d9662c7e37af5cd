package ara.adapter.redis;

import ara.application.port.out.health.HealthCheck;

import java.util.Objects;

/**
 * Redis' health check: a {@code PING} through the guard, so that it is bounded by the Redis timeouts, fails at once
 * while the circuit is open, and serves as the probe that closes the circuit again when Redis is back.
 * Thread-safe.
 */
public final class RedisHealthCheck implements HealthCheck {
    public static final String NAME = "redis";

    private final RedisConnection connection;

    public RedisHealthCheck(RedisConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Probe probe() {
        String answer = connection.ping();
        return Probe.up("PING answered " + answer + "; circuit " + connection.guard().state());
    }
}
