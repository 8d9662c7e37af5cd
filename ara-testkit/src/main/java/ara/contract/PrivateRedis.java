package ara.contract;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An embedded Redis 7 ({@code org.signal:embedded-redis}) of one test's own, on a free port of the loopback
 * interface, that the test may {@link #stop()} and {@link #startAgain()} on the same port: for fault tests. The
 * shared server of {@link RedisServer} must never be stopped; this one exists for that. Nothing is persisted: a
 * restarted server is empty. Close it when done (it is also stopped when the JVM exits). Thread-safe.
 */
public final class PrivateRedis implements AutoCloseable {
    private final int port;
    private final redis.embedded.RedisServer server;

    private PrivateRedis(int port) {
        this.port = port;
        this.server = redis.embedded.RedisServer.builder()
                .port(port)
                .setting("bind 127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "ara-test-private-redis-stop"));
    }

    /** A new server on a free port, started (about 0.2 s). */
    public static PrivateRedis start() {
        PrivateRedis redis = new PrivateRedis(freePort());
        redis.startAgain();
        return redis;
    }

    /** The URL the adapters connect to. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the server (its process ends; connections are refused) unless it is stopped already. */
    public synchronized void stop() {
        if (server.isActive()) {
            server.stop();
        }
    }

    /** Starts the server again on the same port, empty, unless it is running. */
    public synchronized void startAgain() {
        if (!server.isActive()) {
            server.start();
        }
    }

    /** How many keys the server holds now (0 when it is stopped): shows whether an application writes to it. */
    public synchronized long keyCount() {
        if (!server.isActive()) {
            return 0;
        }
        try (RedisClient client = RedisClient.builder().hostAndPort(new HostAndPort("127.0.0.1", port)).build()) {
            return client.dbSize();
        }
    }

    /** Whether the server process is running. */
    public synchronized boolean running() {
        return server.isActive();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PrivateRedis[" + url() + (running() ? ", running" : ", stopped") + "]";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for an embedded Redis", e);
        }
    }
}
