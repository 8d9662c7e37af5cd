package ara.adapter.redis;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.SslVerifyMode;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * A pooled connection to the Redis server of {@link RedisSettings}, shared by the Redis adapters, with the
 * {@link RedisGuard} every call of theirs goes through; close it when the application stops. Thread-safe.
 */
public final class RedisConnection implements AutoCloseable {
    private final RedisSettings settings;
    private final RedisClient client;
    private final RedisGuard guard;

    private RedisConnection(RedisSettings settings, RedisClient client, RedisGuard guard) {
        this.settings = settings;
        this.client = client;
        this.guard = guard;
    }

    /** {@link #open(RedisSettings, RedisGuardSettings)} with {@link RedisGuardSettings#DEFAULTS}. */
    public static RedisConnection open(RedisSettings settings) {
        return open(settings, RedisGuardSettings.DEFAULTS);
    }

    /**
     * A connection pool to the server; a server that is down shows on first use, not here. Waiting for a
     * pooled connection is bounded by the connect timeout, so that no call queues for long behind a hanging server.
     */
    public static RedisConnection open(RedisSettings settings, RedisGuardSettings guardSettings) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(guardSettings, "guardSettings");
        URI url = settings.url();
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(Math.toIntExact(settings.connectTimeout().toMillis()))
                .socketTimeoutMillis(Math.toIntExact(settings.socketTimeout().toMillis()))
                .clientName("ara");
        if (JedisURIHelper.isRedisSSLScheme(url)) {
            // rediss://: TLS with the server's certificate and host name verified.
            config.sslOptions(SslOptions.builder().sslVerifyMode(SslVerifyMode.FULL).build());
        }
        String user = JedisURIHelper.getUser(url);
        String password = JedisURIHelper.getPassword(url);
        if (password != null) {
            config.user(user).password(password);
        }
        if (JedisURIHelper.hasDbIndex(url)) {
            config.database(JedisURIHelper.getDBIndex(url));
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxWait(settings.connectTimeout());
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(url))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        return new RedisConnection(settings, client, new RedisGuard(settings.toString(), guardSettings));
    }

    /**
     * The server's answer to {@code PING} ({@code PONG}), e.g. for a readiness check; through the guard, so it also
     * serves as the probe that closes the circuit again once Redis is back.
     *
     * @throws RedisUnavailable when Redis does not answer or is considered down
     */
    public String ping() {
        return call("PING", UnifiedJedis::ping);
    }

    /** Whether Redis is currently considered available, and the state of the circuit breaker. */
    public RedisGuard guard() {
        return guard;
    }

    /**
     * Runs a call that may safely run twice on the client, through the guard (retried if it did not reach Redis).
     *
     * @throws RedisUnavailable when Redis failed or is considered down
     */
    <T> T call(String operation, Function<UnifiedJedis, T> call) {
        return guard.call(operation, () -> call.apply(client));
    }

    /**
     * Runs a call that must not run twice on the client, through the guard (never retried).
     *
     * @throws RedisUnavailable when Redis failed or is considered down
     */
    <T> T callOnce(String operation, Function<UnifiedJedis, T> call) {
        return guard.callOnce(operation, () -> call.apply(client));
    }

    /** The prefix of every key. */
    String namespace() {
        return settings.namespace();
    }

    /** The bare client, outside the guard: for tests only. */
    UnifiedJedis client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "RedisConnection[" + settings + "]";
    }
}
