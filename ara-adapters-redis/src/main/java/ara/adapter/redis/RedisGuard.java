package ara.adapter.redis;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every call the Redis adapters make goes through this guard: a circuit breaker (after
 * {@link RedisGuardSettings#failuresToOpen()} consecutive failures Redis is considered down and not asked for
 * {@link RedisGuardSettings#openFor()}; then one call probes it, and its success closes the circuit again) and a
 * bounded retry of calls that failed to reach Redis. Any Redis failure leaves as {@link RedisUnavailable}.
 *
 * <p>No thread-based time limit: the connection's connect and socket timeouts and its bounded wait for a pooled
 * connection already bound each call, and a time limiter could not interrupt a blocking socket read anyway (see
 * docs/adr/0008). Read timeouts are not retried, so a hanging Redis costs one socket timeout per call until the
 * circuit opens, and nothing after that.
 *
 * <p>State transitions are logged once each (down at WARNING, back at INFO), never per call. Thread-safe.
 */
public final class RedisGuard {
    private static final System.Logger LOG = System.getLogger(RedisGuard.class.getName());

    private final String server;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private volatile Throwable lastFailure;

    /** A guard for the server described by {@code server} (for log lines; never holds a password). */
    RedisGuard(String server, RedisGuardSettings settings) {
        this.server = Objects.requireNonNull(server, "server");
        Objects.requireNonNull(settings, "settings");
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                // The last n calls all failed: "n consecutive failures".
                .slidingWindow(settings.failuresToOpen(), settings.failuresToOpen(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(settings.openFor())
                // One probe decides; the calls meanwhile fall back at once.
                .permittedNumberOfCallsInHalfOpenState(1)
                // Half-open on the next call after the wait rather than by a scheduler thread of its own.
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(RedisGuard::isRedisFailure)
                .ignoreException(failure -> !isRedisFailure(failure))
                .writableStackTraceEnabled(false)
                .build());
        this.retry = Retry.of("redis", RetryConfig.custom()
                .maxAttempts(settings.retries() + 1)
                .waitDuration(Duration.ZERO)
                .retryOnException(RedisGuard::didNotReachRedis)
                .build());
        breaker.getEventPublisher().onError(event -> lastFailure = event.getThrowable());
        breaker.getEventPublisher().onStateTransition(this::log);
    }

    /**
     * Runs a call that may safely run twice (a read, a version-guarded write, a delete), retrying it when it did not
     * reach Redis.
     *
     * @throws RedisUnavailable when Redis failed or is considered down
     */
    <T> T call(String operation, Supplier<T> call) {
        return guarded(operation, Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)));
    }

    /**
     * Runs a call that must not run twice (e.g. claiming an idempotency key: a retry of a call whose reply was lost
     * would find its own claim), without retrying.
     *
     * @throws RedisUnavailable when Redis failed or is considered down
     */
    <T> T callOnce(String operation, Supplier<T> call) {
        return guarded(operation, CircuitBreaker.decorateSupplier(breaker, call));
    }

    private static <T> T guarded(String operation, Supplier<T> decorated) {
        try {
            return decorated.get();
        } catch (CallNotPermittedException e) {
            throw new RedisUnavailable(operation + ": Redis is considered down, not asked", e);
        } catch (JedisException e) {
            throw new RedisUnavailable(operation + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether Redis is currently considered available (the circuit is closed). While it is not, the adapters' calls
     * fail at once; the first call after {@link RedisGuardSettings#openFor()} probes the server, e.g. a readiness
     * check's {@link RedisConnection#ping()}.
     */
    public boolean available() {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.CLOSED || state == CircuitBreaker.State.DISABLED;
    }

    /** The circuit breaker's state, lower case: {@code closed}, {@code open} or {@code half_open}. */
    public String state() {
        return breaker.getState().name().toLowerCase(Locale.ROOT);
    }

    private void log(CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.State to = event.getStateTransition().getToState();
        CircuitBreaker.State from = event.getStateTransition().getFromState();
        if (to == CircuitBreaker.State.OPEN && from == CircuitBreaker.State.CLOSED) {
            Throwable failure = lastFailure;
            LOG.log(Level.WARNING, "Redis ({0}) is considered down, falling back until it answers again: {1}",
                    server, failure == null ? "?" : failure.toString());
        } else if (to == CircuitBreaker.State.CLOSED) {
            LOG.log(Level.INFO, "Redis ({0}) answers again; using it", server);
        } else {
            // Half-open probes and failed probes repeat every openFor while Redis is down: not worth a line each.
            LOG.log(Level.DEBUG, "Redis ({0}) circuit {1} -> {2}", server, from, to);
        }
    }

    /** Trouble with Redis, as opposed to a bug in the caller's code. */
    private static boolean isRedisFailure(Throwable failure) {
        return failure instanceof JedisException;
    }

    /**
     * A connection error other than a timeout: the command most likely never reached the server (refused, reset,
     * a pooled connection the server had closed). A read timeout is not retried: the command may be running, and a
     * hanging server would cost the timeout twice.
     */
    static boolean didNotReachRedis(Throwable failure) {
        if (!(failure instanceof JedisConnectionException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RedisGuard[" + server + ", " + breaker.getState() + "]";
    }
}
