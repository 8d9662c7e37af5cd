package ara.adapter.persistence.redis;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.SslVerifyMode;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

import java.net.URI;
import java.util.Objects;

/**
 * A pooled connection to the Redis server of {@link RedisSettings}, shared by the Redis adapters; close it when
 * the application stops. Thread-safe.
 */
public final class RedisConnection implements AutoCloseable {
    private final RedisSettings settings;
    private final RedisClient client;

    private RedisConnection(RedisSettings settings, RedisClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** A connection pool to the server; connects lazily, so a server that is down shows on first use. */
    public static RedisConnection open(RedisSettings settings) {
        Objects.requireNonNull(settings, "settings");
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
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(url))
                .clientConfig(config.build())
                .build();
        return new RedisConnection(settings, client);
    }

    /** The server's answer to {@code PING} ({@code PONG}), e.g. for a readiness check. */
    public String ping() {
        return client.ping();
    }

    /** The prefix of every key. */
    String namespace() {
        return settings.namespace();
    }

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
