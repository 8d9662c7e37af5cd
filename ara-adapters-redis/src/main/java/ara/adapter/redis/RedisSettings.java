package ara.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the Redis server: where it is, how long to wait for it and the prefix of every key ARA writes.
 * Validated when built.
 *
 * @param url            {@code redis://[user:password@]host[:port][/db]} or {@code rediss://…} (TLS)
 * @param connectTimeout how long to wait for a connection, 1 ms to 1 min
 * @param socketTimeout  how long to wait for a reply, 1 ms to 1 min
 * @param namespace      the prefix of every key, letters, digits and {@code -_.:}, e.g. {@code ara}
 */
public record RedisSettings(URI url, Duration connectTimeout, Duration socketTimeout, String namespace) {
    /** The default timeouts: 2 s each. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** The default key prefix. */
    public static final String DEFAULT_NAMESPACE = "ara";

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme())) {
            throw new IllegalArgumentException("Redis url must start with redis:// or rediss://, got scheme "
                    + url.getScheme());
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("Redis url must name a host");
        }
        checkTimeout(connectTimeout, "connectTimeout");
        checkTimeout(socketTimeout, "socketTimeout");
        Objects.requireNonNull(namespace, "namespace");
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Redis namespace must be 1-64 of A-Z a-z 0-9 _ . : -, got '"
                    + namespace + "'");
        }
    }

    /**
     * Settings from a URL string with the default timeouts and namespace.
     *
     * @throws IllegalArgumentException when {@code url} is not a redis:// or rediss:// URL
     */
    public static RedisSettings of(String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new RedisSettings(new URI(url.strip()), DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_NAMESPACE);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Redis url is not a URL: " + e.getMessage(), e);
        }
    }

    /** The same server with another key prefix. */
    public RedisSettings withNamespace(String newNamespace) {
        return new RedisSettings(url, connectTimeout, socketTimeout, newNamespace);
    }

    /** The same server with other timeouts. */
    public RedisSettings withTimeouts(Duration newConnectTimeout, Duration newSocketTimeout) {
        return new RedisSettings(url, newConnectTimeout, newSocketTimeout, namespace);
    }

    private static void checkTimeout(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.toMillis() < 1 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(name + " must be 1 ms to 1 min, got " + timeout);
        }
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        String userInfo = url.getUserInfo() == null ? "" : "***@";
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getPath() == null ? "" : url.getPath();
        return "RedisSettings[" + url.getScheme() + "://" + userInfo + url.getHost() + port + path + ", connect "
                + connectTimeout + ", socket " + socketTimeout + ", namespace " + namespace + "]";
    }
}
