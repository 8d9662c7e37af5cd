package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} through the production wiring without Redis (the in-process store). */
class IdempotencyEndToEndTest {
    @TempDir
    static Path dataDir;
    private static Application application;
    private static HttpSession anonymous;

    @BeforeAll
    static void start() {
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(Map.of(
                "ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DATA_DIR", dataDir.toString(),
                "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET)))), Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void aGuestsRetriedStartGetsTheSameAuditAndToken() {
        HttpSession keyed = anonymous.header("Idempotency-Key", "9b2f6c1e0d3a4b5c8e7f6a5b4c3d2e1f");
        HttpSession.Reply created = keyed.post("/api/v1/audits", "{\"organizationName\": \"Acme\"}");
        HttpSession.Reply retried = keyed.post("/api/v1/audits", "{\"organizationName\": \"Acme\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.body().get("id")).isEqualTo(created.body().get("id"));
        assertThat(retried.body().get("guestToken")).isEqualTo(created.body().get("guestToken"));
    }

    @Test
    void aRetriedSubmitIsAnsweredOnce() {
        HttpSession.Reply created = anonymous.post("/api/v1/audits", "{}");
        String path = "/api/v1/audits/" + created.body().get("id").asText();
        HttpSession guest = anonymous.guest(created.body().get("guestToken").asText());
        assertThat(guest.post(path + "/guest-email", "{\"email\": \"guest@example.com\"}").status()).isEqualTo(200);
        HttpSession keyed = guest.header("Idempotency-Key", "submit-1");

        HttpSession.Reply incomplete = keyed.post(path + "/submit", null);
        assertThat(incomplete.status()).as("nothing answered yet").isEqualTo(422);
        HttpSession.Reply again = keyed.post(path + "/submit", null);

        assertThat(again.status()).as("an error is not kept: the retry ran again").isEqualTo(422);
        assertThat(again.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void rejectsKeysThatAreNotOneTo255VisibleCharacters() {
        HttpSession.Reply spaced = anonymous.header("Idempotency-Key", "two words").post("/api/v1/audits", "{}");
        HttpSession.Reply tooLong = anonymous.header("Idempotency-Key", "k".repeat(256)).post("/api/v1/audits", "{}");

        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.body().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(spaced.body().at("/errors/0/rule").asText()).isEqualTo("invalid_format");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().at("/errors/0/rule").asText()).isEqualTo("too_long");
    }
}
