package ara.adapter.redis;

import ara.contract.PrivateRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard around every Redis call: what it retries, when it opens the circuit, that a hanging or absent server
 * costs bounded time and then nothing, and that it closes again once Redis answers. Timeouts guard against hangs
 * only; nothing here asserts speed.
 */
@Timeout(60)
class RedisGuardTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private final RedisGuard guard = new RedisGuard("test", new RedisGuardSettings(3, Duration.ofSeconds(1), 1));

    @Test
    void retriesOnceWhenTheCallDidNotReachRedis() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> guard.call("refused", () -> {
            attempts.incrementAndGet();
            throw new JedisConnectionException("Failed to connect to 127.0.0.1:1.");
        })).isInstanceOf(RedisUnavailable.class).hasMessageContaining("refused");

        assertThat(attempts).hasValue(2);
    }

    @Test
    void aRetryThatReachesRedisSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String reply = guard.call("stale pooled connection", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new JedisConnectionException("Unexpected end of stream.");
            }
            return "PONG";
        });

        assertThat(reply).isEqualTo("PONG");
        assertThat(guard.available()).isTrue();
    }

    @Test
    void neverRetriesATimeoutAnErrorReplyOrACallThatMustRunOnce() {
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger once = new AtomicInteger();

        assertThatThrownBy(() -> guard.call("timeout", () -> {
            timeouts.incrementAndGet();
            throw new JedisConnectionException(new SocketTimeoutException("Read timed out"));
        })).isInstanceOf(RedisUnavailable.class);
        assertThatThrownBy(() -> guard.call("script", () -> {
            errors.incrementAndGet();
            throw new JedisDataException("ERR Error running script");
        })).isInstanceOf(RedisUnavailable.class);
        assertThatThrownBy(() -> guard.callOnce("claim", () -> {
            once.incrementAndGet();
            throw new JedisConnectionException("Unexpected end of stream.");
        })).isInstanceOf(RedisUnavailable.class);

        assertThat(List.of(timeouts.get(), errors.get(), once.get())).containsExactly(1, 1, 1);
    }

    @Test
    void opensAfterConsecutiveFailuresAndThenDoesNotCallAtAll() {
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> guard.callOnce("failing", () -> {
                calls.incrementAndGet();
                throw new JedisDataException("LOADING Redis is loading the dataset in memory");
            })).isInstanceOf(RedisUnavailable.class);
        }
        assertThat(guard.available()).isFalse();

        assertThatThrownBy(() -> guard.call("skipped", calls::incrementAndGet))
                .isInstanceOf(RedisUnavailable.class).hasMessageContaining("considered down");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aBugInTheCallerIsNeitherTranslatedNorCountedAsARedisFailure() {
        IllegalStateException bug = new IllegalStateException("bug");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guard.call("buggy", () -> {
                throw bug;
            })).isSameAs(bug);
        }

        assertThat(guard.available()).isTrue();
    }

    @Test
    void aHangingServerCostsOneSocketTimeoutPerCallUntilTheCircuitOpensAndNothingAfter() throws Exception {
        try (SilentServer silent = new SilentServer(); RedisConnection connection = RedisConnection.open(
                new RedisSettings(java.net.URI.create("redis://127.0.0.1:" + silent.port()), SHORT, SHORT,
                        "hang"), new RedisGuardSettings(3, Duration.ofMinutes(1), 1))) {
            // Building the Jedis client opens (and gives up on) one connection of its own.
            int before = silent.accepted();
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(connection::ping).isInstanceOf(RedisUnavailable.class);
            }

            assertThat(connection.guard().available()).isFalse();
            // Three calls, each on a new connection that timed out (a timed-out connection is discarded), no retry.
            assertThat(silent.accepted() - before).isEqualTo(3);
        }
    }

    @Test
    void closesAgainOnceTheServerIsBack() throws Exception {
        try (PrivateRedis redis = PrivateRedis.start(); RedisConnection connection = RedisConnection.open(
                RedisSettings.of(redis.url()).withTimeouts(SHORT, SHORT),
                new RedisGuardSettings(3, Duration.ofMillis(200), 1))) {
            assertThat(connection.ping()).isEqualTo("PONG");
            redis.stop();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(connection::ping).isInstanceOf(RedisUnavailable.class);
            }
            assertThat(connection.guard().available()).isFalse();

            redis.startAgain();

            Eventually.within(Duration.ofSeconds(10), "Redis used again", () -> {
                try {
                    return "PONG".equals(connection.ping()) && connection.guard().available();
                } catch (RedisUnavailable e) {
                    return false;
                }
            });
        }
    }

    /** A TCP server that accepts connections and never answers: a hanging Redis. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> clients = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (!socket.isClosed()) {
                        clients.add(socket.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return clients.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket client : clients) {
                client.close();
            }
        }
    }
}
