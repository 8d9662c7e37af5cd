package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.MovableClock;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ARA instances behind one (imagined) load balancer, sharing one MariaDB and one Redis, as production runs:
 * limits and idempotency keys hold across them, and a guest audit the clean-up deletes through one instance is no
 * longer served from the shared progress cache through the other. Each test has its own Redis namespace, so whole
 * allowances. Both instances run on one clock that only the clean-up test moves.
 */
class SharedRedisEndToEndTest {
    @TempDir
    static Path dataDir;
    private static MariaDbServer.Schema schema;
    private Application first;
    private Application second;
    private HttpSession one;
    private HttpSession two;
    private MovableClock clock;
    private String namespace;

    @BeforeAll
    static void freshSchema() {
        schema = MariaDbServer.freshSchema();
    }

    @BeforeEach
    void startTwoInstances() {
        namespace = RedisServer.uniqueNamespace();
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password(),
                "ARA_REDIS_URL", RedisServer.url(), "ARA_REDIS_NAMESPACE", namespace));
        env.put("ARA_LIMIT_API_PER_IP", "10/1h");
        env.put("ARA_LIMIT_ANSWER_WRITES_PER_AUDIT", "3/1h");
        clock = new MovableClock(Instant.now());
        first = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), clock);
        second = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), clock);
        one = new HttpSession(first.port());
        two = new HttpSession(second.port());
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void thePerAddressLimitAdmitsExactlyItsCountAcrossBothInstances() {
        int admitted = 0;
        for (int i = 0; i < 16; i++) {
            HttpSession.Reply reply = (i % 2 == 0 ? one : two).get("/api/v1/questionnaire");
            if (reply.status() == 200) {
                admitted++;
                assertThat(reply.header("RateLimit-Remaining")).as("request %d", i)
                        .isEqualTo(Integer.toString(10 - admitted));
            } else {
                assertThat(reply.status()).isEqualTo(429);
                assertThat(reply.header("Retry-After")).isNotNull();
            }
        }

        assertThat(admitted).isEqualTo(10);
        assertThat(one.get("/api/v1/questionnaire").status()).isEqualTo(429);
        assertThat(two.get("/api/v1/questionnaire").status()).isEqualTo(429);
    }

    @Test
    void answerWritesPerAuditAreCountedAcrossBothInstances() {
        HttpSession.Reply started = one.post("/api/v1/audits", "{}");
        String path = "/api/v1/audits/" + started.body().get("id").asText();
        HttpSession guestOne = one.guest(started.body().get("guestToken").asText());
        HttpSession guestTwo = two.guest(started.body().get("guestToken").asText());

        assertThat(guestOne.put(path + "/answers/company_size", "{\"value\": \"small\"}", null).status())
                .isEqualTo(200);
        assertThat(guestTwo.put(path + "/answers/company_size", "{\"value\": \"medium\"}", null).status())
                .isEqualTo(200);
        assertThat(guestOne.put(path + "/answers/company_size", "{\"value\": \"large\"}", null).status())
                .isEqualTo(200);
        HttpSession.Reply refused = guestTwo.put(path + "/answers/company_size", "{\"value\": \"small\"}", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("answer_writes_per_audit");
        assertThat(guestTwo.get(path).body().at("/answers/company_size").asText())
                .as("the refused write changed nothing").isEqualTo("large");
    }

    @Test
    void aRetryOnTheOtherInstanceGetsTheStoredResponse() {
        HttpSession.Reply created = one.header("Idempotency-Key", "Rk3v0Yq9WmZt7LbX2sNc4A").post("/api/v1/audits",
                "{\"organizationName\": \"Acme\"}");
        HttpSession.Reply retried = two.header("Idempotency-Key", "Rk3v0Yq9WmZt7LbX2sNc4A").post("/api/v1/audits",
                "{\"organizationName\": \"Acme\"}");
        HttpSession.Reply changed = two.header("Idempotency-Key", "Rk3v0Yq9WmZt7LbX2sNc4A").post("/api/v1/audits",
                "{\"organizationName\": \"Other\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.body()).isEqualTo(created.body());
        assertThat(retried.header("Location")).isEqualTo(created.header("Location"));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body().get("type").asText()).isEqualTo("urn:ara:problem:idempotency-key-reused");
    }

    @Test
    void redisHoldsNeitherTheGuestTokenNorTheKeyNorTheCallerOfAnIdempotencyRecord() {
        String key = "Zq8wP1xN4vB7mK2rT5yH0c";
        HttpSession.Reply created = one.header("Idempotency-Key", key).post("/api/v1/audits",
                "{\"organizationName\": \"Acme\"}");
        String token = created.body().get("guestToken").asText();
        String id = created.body().get("id").asText();

        List<String> records = RedisServer.contents(namespace).stream().filter(text -> text.contains(":idem:"))
                .toList();

        assertThat(records).singleElement().satisfies(record -> assertThat(record).doesNotContain(token)
                .doesNotContain(id).doesNotContain(key).doesNotContain("127.0.0.1").doesNotContain("Acme")
                .contains("state=done"));
        assertThat(two.header("Idempotency-Key", key).post("/api/v1/audits", "{\"organizationName\": \"Acme\"}")
                .body().get("guestToken").asText()).as("and the holder of the key still recovers it").isEqualTo(token);
    }

    @Test
    void aGuestAuditTheCleanUpDeletesThroughOneInstanceIsNoLongerServedByTheOther() {
        HttpSession.Reply started = one.post("/api/v1/audits", "{}");
        String id = started.body().get("id").asText();
        String path = "/api/v1/audits/" + id;
        HttpSession guestTwo = two.guest(started.body().get("guestToken").asText());
        assertThat(guestTwo.get(path).status()).isEqualTo(200);
        long hits = second.cacheStatistics().orElseThrow().hits();
        assertThat(guestTwo.get(path).status()).isEqualTo(200);
        assertThat(second.cacheStatistics().orElseThrow().hits()).as("served from Redis").isGreaterThan(hits);

        clock.set(clock.instant().plus(Duration.ofDays(30)));
        HttpSession admin = one.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        HttpSession.Reply cleaned = admin.post("/api/v1/admin/maintenance/guest-cleanup", "{\"dryRun\":false}");
        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(cleaned.body().get("ids").toString()).contains(id);

        assertThat(guestTwo.get(path).status()).isEqualTo(404);
    }
}
