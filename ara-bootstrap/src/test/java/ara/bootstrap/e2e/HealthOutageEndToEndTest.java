package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.PrivateRedis;
import ara.contract.RedisServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health through real outages: ARA on MariaDB (reached through a proxy the test can cut) with its own Redis (which
 * the test stops). A stopped Redis is degraded (200, ARA still serves), a cut database unhealthy (503, not ready);
 * both recover by themselves.
 */
class HealthOutageEndToEndTest {
    @TempDir
    Path dataDir;
    private PrivateRedis redis;
    private TcpProxy database;
    private Application application;
    private HttpSession http;

    @BeforeEach
    void start() throws Exception {
        redis = PrivateRedis.start();
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        URI server = URI.create(schema.jdbcUrl().substring("jdbc:".length()));
        database = TcpProxy.to(server.getHost(), server.getPort());
        String proxied = schema.jdbcUrl().replace(server.getHost() + ":" + server.getPort(),
                "127.0.0.1:" + database.port());
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_DB_URL", proxied, "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password(),
                "ARA_REDIS_URL", redis.url(), "ARA_REDIS_NAMESPACE", RedisServer.uniqueNamespace()));
        env.put("ARA_REDIS_TIMEOUT_MS", "200");
        env.put("ARA_DB_CONNECTION_TIMEOUT_MS", "500");
        env.put("ARA_HEALTH_TIMEOUT_MS", "1500");
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        http = new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        application.close();
        database.close();
        redis.close();
    }

    @Test
    void aStoppedRedisIsDegradedAndRecovers() {
        assertThat(http.get("/api/health").body().get("status").asText()).isEqualTo("healthy");

        redis.stop();
        HttpSession.Reply degraded = await("/api/health", reply -> reply.body().path("status").asText()
                .equals("degraded"));
        HttpSession.Reply redisAlone = http.get("/api/health/redis");
        HttpSession.Reply ready = http.get("/api/ready");
        HttpSession.Reply served = http.post("/api/v1/audits", "{}");

        assertThat(degraded.status()).isEqualTo(200);
        assertThat(check(degraded.body(), "redis").get("status").asText()).isEqualTo("degraded");
        assertThat(check(degraded.body(), "database").get("status").asText()).isEqualTo("healthy");
        assertThat(redisAlone.status()).isEqualTo(503);
        assertThat(ready.status()).as("Redis is not needed to serve").isEqualTo(200);
        assertThat(served.status()).isEqualTo(201);

        redis.startAgain();
        await("/api/health", reply -> reply.body().path("status").asText().equals("healthy"));
        assertThat(http.get("/api/health/redis").status()).isEqualTo(200);
    }

    @Test
    void aLostDatabaseIsUnhealthyAndNotReadyAndRecovers() throws Exception {
        assertThat(http.get("/api/ready").status()).isEqualTo(200);

        database.cut();
        HttpSession.Reply unhealthy = await("/api/health", reply -> reply.status() == 503);
        HttpSession.Reply ready = await("/api/ready", reply -> reply.status() == 503);

        assertThat(unhealthy.body().get("status").asText()).isEqualTo("unhealthy");
        assertThat(check(unhealthy.body(), "database").get("status").asText()).isEqualTo("unhealthy");
        assertThat(ready.body().get("reason").asText()).isEqualTo("unhealthy: database");
        assertThat(http.get("/api/live").status()).as("alive all the same").isEqualTo(200);

        database.open();
        await("/api/ready", reply -> reply.status() == 200);
        assertThat(http.get("/api/health").body().get("status").asText()).isEqualTo("healthy");
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    /** Polls a route until its reply satisfies {@code done}, for up to 30 s. */
    private HttpSession.Reply await(String path, Predicate<HttpSession.Reply> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpSession.Reply reply = http.get(path);
        while (!done.test(reply)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " is still " + reply.status() + " " + reply.body());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            reply = http.get(path);
        }
        return reply;
    }
}
