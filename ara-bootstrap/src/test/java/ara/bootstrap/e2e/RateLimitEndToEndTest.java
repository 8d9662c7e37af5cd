package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits through the production wiring, without Redis (the in-process limiter): exactly the configured
 * number of requests is admitted, then 429 with the headers. A fresh ARA per test, so every test has whole
 * allowances.
 */
class RateLimitEndToEndTest {
    @TempDir
    Path dataDir;
    private Application application;
    private HttpSession anonymous;

    @BeforeEach
    void start() {
        application = Application.start(AraSettings.from(ConfigSource.of(Map.of("ARA_SHUTDOWN_DRAIN_MS", "0",
                "ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DB_URL", "memory", "ARA_DATA_DIR", dataDir.toString(),
                "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET))), Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    void admitsTheDefaultHundredApiRequestsAMinutePerAddressThenRefuses() {
        long started = System.nanoTime();
        HttpSession.Reply first = anonymous.get("/api/v1/questionnaire");
        assertThat(first.header("RateLimit-Limit")).isEqualTo("100");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("99");
        assertThat(first.header("RateLimit-Policy")).isEqualTo("100;w=60");
        int admitted = 1;
        HttpSession.Reply reply = first;
        while (reply.status() == 200 && admitted < 1_000) {
            reply = anonymous.get("/api/v1/questionnaire");
            admitted += reply.status() == 200 ? 1 : 0;
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        // GCRA: the full 100 at once, then one more every 600 ms; so 100 plus what came back while the loop ran.
        assertThat(admitted).isBetween(100, 100 + (int) (elapsedMillis / 600) + 1);
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:ara:problem:too-many-requests");
        assertThat(reply.body().at("/errors/0/field").asText()).isEqualTo("api_per_ip");
        assertThat(reply.header("RateLimit-Limit")).isEqualTo("100");
        assertThat(reply.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(reply.header("Retry-After")).as("the next request is admitted within 600 ms").isEqualTo("1");
        assertThat(Long.parseLong(reply.header("RateLimit-Reset"))).isBetween(55L, 60L);
        assertThat(anonymous.get("/api/live").status()).as("the health check is exempt").isEqualTo(200);
    }

    @Test
    void admitsExactlyTwentyGuestAuditsAnHourPerAddress() {
        for (int i = 1; i <= 20; i++) {
            assertThat(anonymous.post("/api/v1/audits", "{}").status()).as("audit %d", i).isEqualTo(201);
        }
        HttpSession.Reply refused = anonymous.post("/api/v1/audits", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("audit_create_per_ip");
        // One audit comes back every 3 minutes (20 per hour).
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(170L, 180L);
    }
}
