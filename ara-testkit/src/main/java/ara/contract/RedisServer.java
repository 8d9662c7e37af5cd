package ara.contract;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisURIHelper;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Redis server the tests of this JVM use, found in the order {@code TESTING.md} gives: the server named by
 * {@value #URL_VARIABLE} (the tests fail if it does not answer), else the local server on 127.0.0.1:6379 if it
 * answers {@code PING}, else an embedded Redis 7 ({@code org.signal:embedded-redis}) started once for the JVM on a
 * free port and stopped when the JVM exits. Never a reason to skip a test.
 *
 * <p>Tests isolate themselves with {@link #uniqueNamespace()}, a key prefix of their own; every key the adapters
 * write expires, so nothing is wiped on a shared server. The local port can be moved with
 * {@value #LOCAL_PORT_VARIABLE} (or the system property {@value #LOCAL_PORT_PROPERTY}), e.g. to a closed port to
 * force the embedded fallback. Thread-safe.
 */
public final class RedisServer {
    public static final String URL_VARIABLE = "ARA_TEST_REDIS_URL";
    public static final String LOCAL_PORT_VARIABLE = "ARA_TEST_REDIS_LOCAL_PORT";
    public static final String LOCAL_PORT_PROPERTY = "ara.test.redis.localPort";

    private static final System.Logger LOG = System.getLogger(RedisServer.class.getName());
    private static final int LOCAL_DEFAULT_PORT = 6379;
    private static final int PROBE_TIMEOUT_MILLIS = 1000;

    private RedisServer() {
    }

    /** The URL of this JVM's server ({@code redis://…}), starting the embedded one if needed. */
    public static String url() {
        return Holder.SERVER.url;
    }

    /** Which server this JVM uses ("local Redis 7.0.15 at 127.0.0.1:6379", …). */
    public static String description() {
        return Holder.SERVER.description;
    }

    /** A key prefix no other test or run uses: {@code ara-test-<random>}. */
    public static String uniqueNamespace() {
        return "ara-test-" + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
    }

    /**
     * Everything stored under {@code namespace}, one text per key: its name, then each hash field and value (or the
     * string value), bytes read as ISO-8859-1 so that nothing is lost: for tests that check what is kept in clear.
     */
    public static List<String> contents(String namespace) {
        URI url = URI.create(url());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
        if (JedisURIHelper.getPassword(url) != null) {
            config.user(JedisURIHelper.getUser(url)).password(JedisURIHelper.getPassword(url));
        }
        List<String> contents = new ArrayList<>();
        try (RedisClient client = RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(url))
                .clientConfig(config.build()).build()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, new ScanParams().match(namespace + ":*").count(500));
                for (String key : page.getResult()) {
                    StringBuilder text = new StringBuilder(key);
                    byte[] name = key.getBytes(StandardCharsets.UTF_8);
                    if ("hash".equals(client.type(key))) {
                        client.hgetAll(name).forEach((field, value) -> text.append(' ').append(latin1(field))
                                .append('=').append(latin1(value)));
                    } else if ("string".equals(client.type(key))) {
                        text.append(' ').append(latin1(client.get(name)));
                    }
                    contents.add(text.toString());
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
        return contents;
    }

    private static String latin1(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Lazily resolves the server once per JVM (class initialisation is thread-safe and runs once). */
    private static final class Holder {
        static final Server SERVER = resolve();
    }

    private record Server(String url, String description) {
    }

    private static Server resolve() {
        Optional<String> named = env(URL_VARIABLE);
        if (named.isPresent()) {
            try {
                return new Server(named.get(), "Redis " + version(URI.create(named.get())) + " from " + URL_VARIABLE);
            } catch (JedisException | IllegalArgumentException e) {
                throw new IllegalStateException(URL_VARIABLE + " names " + named.get()
                        + " but that server does not answer: " + e.getMessage(), e);
            }
        }
        int port = localPort();
        String localUrl = "redis://127.0.0.1:" + port;
        try {
            Server local = new Server(localUrl, "local Redis " + version(URI.create(localUrl)) + " at 127.0.0.1:"
                    + port);
            LOG.log(Level.INFO, "tests use the {0}", local.description());
            return local;
        } catch (JedisException e) {
            LOG.log(Level.INFO, "no Redis answers at 127.0.0.1:{0} ({1}); starting an embedded Redis",
                    String.valueOf(port), e.getMessage());
        }
        return Embedded.start();
    }

    /** The server's version, after a {@code PING}. */
    private static String version(URI url) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(PROBE_TIMEOUT_MILLIS).socketTimeoutMillis(PROBE_TIMEOUT_MILLIS);
        if (JedisURIHelper.getPassword(url) != null) {
            config.user(JedisURIHelper.getUser(url)).password(JedisURIHelper.getPassword(url));
        }
        try (RedisClient client = RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(url))
                .clientConfig(config.build()).build()) {
            client.ping();
            return client.info("server").lines().filter(line -> line.startsWith("redis_version:"))
                    .map(line -> line.substring("redis_version:".length()).strip()).findFirst().orElse("?");
        }
    }

    private static Optional<String> env(String name) {
        return FixtureSettings.env(name);
    }

    private static int localPort() {
        return FixtureSettings.localPort(LOCAL_PORT_PROPERTY, LOCAL_PORT_VARIABLE, LOCAL_DEFAULT_PORT);
    }

    /** Embedded Redis 7.0.15, started once: about 0.2 s; stopped when the JVM exits. */
    private static final class Embedded {
        private Embedded() {
        }

        static Server start() {
            long t0 = System.nanoTime();
            PrivateRedis server = PrivateRedis.start();
            String description = "embedded Redis " + version(URI.create(server.url())) + " at 127.0.0.1:"
                    + server.port();
            LOG.log(Level.INFO, "{0}: started in {1} ms", description,
                    String.valueOf((System.nanoTime() - t0) / 1_000_000));
            return new Server(server.url(), description);
        }
    }
}
