package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.PrivateRedis;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis goes away in the middle of a run of autosaves and comes back: no acknowledged answer is lost, no request
 * fails, the limits still hold (per instance, in process), and ARA returns to Redis by itself within 10 s. ARA runs
 * on MariaDB with its own Redis, which the test stops and starts.
 */
class RedisOutageEndToEndTest {
    private static final String QUESTION = "tech_stack_maturity";
    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;
    private PrivateRedis redis;
    private Application application;
    private HttpSession user;
    private HttpSession anonymous;

    @BeforeEach
    void start() {
        redis = PrivateRedis.start();
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password(),
                "ARA_REDIS_URL", redis.url(), "ARA_REDIS_NAMESPACE", RedisServer.uniqueNamespace(),
                "ARA_REDIS_TIMEOUT_MS", "200"));
        env.put("ARA_LIMIT_AUDIT_CREATE_PER_IP", "3/1h");
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        anonymous = new HttpSession(application.port());
        user = anonymous.bearer(AuditJourneyContract.token("outage-user", Set.of()));
    }

    @AfterEach
    void stop() {
        application.close();
        redis.close();
    }

    @Test
    void autosavesSurviveARedisOutageAndARATurnsBackToRedis() throws Exception {
        List<String> audits = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            audits.add("/api/v1/audits/" + user.post("/api/v1/audits", "{}").body().get("id").asText());
        }
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (String audit : audits) {
            writers.add(Thread.ofVirtual().start(() -> autosave(audit, running, acknowledged, failures)));
        }

        Thread.sleep(1_000);
        redis.stop();
        Thread.sleep(3_000);
        List<Integer> creations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            creations.add(anonymous.post("/api/v1/audits", "{}").status());
        }
        redis.startAgain();
        long restarted = System.nanoTime();
        long backOnRedisMillis = -1;
        while (System.nanoTime() - restarted < TimeUnit.SECONDS.toNanos(15)) {
            if (redis.keyCount() > 0) {
                backOnRedisMillis = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(1_000);
        running.set(false);
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(failures).as("every autosave answered 200, through the outage too").isEmpty();
        assertThat(acknowledged).hasSize(WRITERS);
        for (String audit : audits) {
            assertThat(user.get(audit).body().at("/answers/" + QUESTION).asInt())
                    .as("the last acknowledged answer of %s", audit).isEqualTo(acknowledged.get(audit));
        }
        assertThat(creations).as("guest audits while Redis is down: still limited (3 an hour, in process)")
                .startsWith(201, 201, 201).endsWith(429, 429);
        assertThat(backOnRedisMillis).as("ms until ARA wrote to Redis again").isBetween(0L, 10_000L);
    }

    private void autosave(String audit, AtomicBoolean running, Map<String, Integer> acknowledged,
                          ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; running.get(); i++) {
            int value = i % 10 + 1;
            HttpSession.Reply reply = user.put(audit + "/answers/" + QUESTION, "{\"value\": " + value + "}", null);
            if (reply.status() == 200) {
                acknowledged.put(audit, value);
            } else {
                failures.add(audit + " -> " + reply.status() + " " + reply.body());
            }
        }
    }
}
