package ara.bootstrap.e2e;

import ara.adapter.identity.jwt.JwtSettings;
import ara.adapter.identity.jwt.LocalTokenIssuer;
import ara.adapter.identity.jwt.LocalTokenRequest;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.application.port.out.auditlog.AuditEvent;
import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity and access through the production wiring, with real JWTs, on the embedded default (H2 file, local
 * secret, local data key): guests, users, an admin, the claim, the guest email, tampered tokens, and what the audit
 * log and the tables keep.
 */
class IdentityJourneyTest {
    private static final String SECRET = AuditJourneyContract.JWT_SECRET;

    @TempDir
    Path dataDir;

    private Application application;
    private HttpSession anonymous;

    @BeforeEach
    void start() {
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(Map.of(
                "ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DATA_DIR", dataDir.toString(),
                "ARA_JWT_SECRET", SECRET)))), Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private HttpSession user(String subject, String... roles) {
        return anonymous.bearer(AuditJourneyContract.token(subject, Set.of(roles)));
    }

    @Test
    void anAnonymousCallerIsAskedToAuthenticateAndLearnsNothingAboutIds() {
        String owned = user("alice").post("/api/v1/audits", "{}").body().path("id").asText();
        for (String id : List.of(owned, UUID.randomUUID().toString())) {
            HttpSession.Reply reply = anonymous.get("/api/v1/audits/" + id);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aGuestReachesOnlyTheirAuditAndAnAdminReachesEveryAudit() {
        HttpSession.Reply started = anonymous.post("/api/v1/audits", "{\"organizationName\":\"Guest Co\"}");
        assertThat(started.status()).isEqualTo(201);
        String token = started.body().path("guestToken").asText();
        assertThat(token).hasSize(43);
        String audit = "/api/v1/audits/" + started.body().path("id").asText();
        String otherToken = anonymous.post("/api/v1/audits", "{}").body().path("guestToken").asText();

        assertThat(anonymous.guest(token).get(audit).status()).isEqualTo(200);
        assertThat(anonymous.guest(otherToken).get(audit).status()).isEqualTo(404);
        assertThat(user("mallory").get(audit).status()).isEqualTo(404);
        assertThat(user("root", "admin").get(audit).status()).isEqualTo(200);
        assertThat(anonymous.guest(token).get("/api/v1/audits").body().path("items").size()).isEqualTo(1);
    }

    @Test
    void aGuestGivesAnEmailBeforeSubmitting() {
        HttpSession.Reply started = anonymous.post("/api/v1/audits", "{}");
        HttpSession guest = anonymous.guest(started.body().path("guestToken").asText());
        String audit = "/api/v1/audits/" + started.body().path("id").asText();
        answerEverything(guest, audit);

        HttpSession.Reply early = guest.post(audit + "/submit", null);
        assertThat(early.status()).isBetween(400, 499).isNotIn(401, 404);

        assertThat(guest.post(audit + "/guest-email", "{\"email\":\"not-an-email\"}").status()).isEqualTo(422);
        assertThat(guest.post(audit + "/guest-email", "{\"email\":\"Grace.Hopper@Example.com\"}").status())
                .isEqualTo(200);
        HttpSession.Reply submitted = guest.post(audit + "/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("total").path("score").asDouble()).isEqualTo(6.5);
        // That the email is sealed at rest is shown table by table in the persistence adapter's tests.
    }

    @Test
    void aSignedInUserWithTheGuestTokenClaimsTheAuditAndTheTokenStopsWorking() {
        HttpSession.Reply started = anonymous.post("/api/v1/audits", "{}");
        String token = started.body().path("guestToken").asText();
        String audit = "/api/v1/audits/" + started.body().path("id").asText();
        HttpSession ada = user("ada");
        String adasOwnDraft = ada.post("/api/v1/audits", "{}").body().path("id").asText();

        assertThat(ada.post(audit + "/claim", null).status()).as("without the token").isEqualTo(404);
        assertThat(ada.guest(token).post(audit + "/claim", null).status()).isEqualTo(200);

        assertThat(anonymous.guest(token).get(audit).status()).isEqualTo(404);
        assertThat(ada.get(audit).status()).isEqualTo(200);
        List<String> adasAudits = new ArrayList<>();
        ada.get("/api/v1/audits").body().path("items").forEach(item -> adasAudits.add(item.path("id").asText()));
        assertThat(adasAudits).as("the claimed audit joins; nothing of theirs is deleted")
                .containsExactlyInAnyOrder(started.body().path("id").asText(), adasOwnDraft);
        assertThat(user("bob").guest(token).post(audit + "/claim", null).status()).isEqualTo(404);
    }

    @Test
    void everyTamperedTokenGetsA401NeverA500() {
        String audit = "/api/v1/audits/" + user("alice").post("/api/v1/audits", "{}").body().path("id").asText();
        String good = AuditJourneyContract.token("alice", Set.of());
        String[] parts = good.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String noneHeader = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        List<String> tampered = new ArrayList<>(List.of(
                "garbage", "a.b.c", "", parts[0] + "." + parts[1], good + ".extra",
                noneHeader + "." + parts[1] + ".",
                parts[0] + "." + parts[1] + "." + flip(parts[2]),
                parts[0] + "." + b64.encodeToString("{\"sub\":\"root\",\"roles\":[\"admin\"],\"exp\":9999999999}"
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2],
                issued("alice", "another-secret-that-is-also-at-least-32-bytes", Clock.systemUTC()),
                issued("alice", SECRET, Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC)),
                "x".repeat(7_000)));
        long now = Instant.now().getEpochSecond();
        String hs256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        // Correctly signed with the right secret, but not acceptable: each must still be a 401.
        tampered.addAll(List.of(
                signed(hs256, "{\"exp\":" + (now + 600) + "}", "HmacSHA256"),
                signed(hs256, "{\"sub\":\"\",\"exp\":" + (now + 600) + "}", "HmacSHA256"),
                signed(hs256, "{\"sub\":\"alice\"}", "HmacSHA256"),
                signed(hs256, "{\"sub\":\"alice\",\"exp\":" + (now - 600) + "}", "HmacSHA256"),
                signed(hs256, "{\"sub\":\"alice\",\"exp\":" + (now + 600) + ",\"nbf\":" + (now + 600) + "}",
                        "HmacSHA256"),
                signed(hs256, "{\"sub\":42,\"exp\":" + (now + 600) + "}", "HmacSHA256"),
                signed(hs256, "not json at all", "HmacSHA256"),
                signed("{\"alg\":\"HS384\",\"typ\":\"JWT\"}", "{\"sub\":\"alice\",\"exp\":" + (now + 600) + "}",
                        "HmacSHA384"),
                signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", "{\"sub\":\"alice\",\"exp\":" + (now + 600) + "}",
                        "HmacSHA512"),
                signed("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", "{\"sub\":\"alice\",\"exp\":" + (now + 600) + "}",
                        "HmacSHA256"),
                signed("{\"alg\":\"none\"}", "{\"sub\":\"alice\",\"exp\":" + (now + 600) + "}", "HmacSHA256"),
                signed("{\"alg\":\"HS256\",\"crit\":[\"exp\"]}", "{\"sub\":\"alice\",\"exp\":" + (now + 600) + "}",
                        "HmacSHA256")));
        assertThat(tampered).hasSizeGreaterThanOrEqualTo(20);
        for (String token : tampered) {
            HttpSession.Reply reply = anonymous.bearer(token).get(audit);
            assertThat(reply.status()).as("token %s", describe(token))
                    .isEqualTo(401);
            assertThat(reply.body().toString()).doesNotContain("Exception");
        }
        assertThat(anonymous.bearer(good).get(audit).status()).isEqualTo(200);
    }

    @Test
    void theAuditLogRecordsSecurityEventsWithoutSecrets() {
        HttpSession.Reply started = anonymous.post("/api/v1/audits", "{}");
        String token = started.body().path("guestToken").asText();
        String audit = "/api/v1/audits/" + started.body().path("id").asText();
        user("mallory").get(audit);
        anonymous.bearer("garbage").get(audit);
        anonymous.guest(token).post(audit + "/guest-email", "{\"email\":\"secret.person@example.com\"}");
        application.close();
        application = null;

        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            List<AuditEvent> events = new JdbiAuditLog(database).latest(50);
            assertThat(events).extracting(AuditEvent::action)
                    .contains("audit.created", "access.denied", "token.rejected", "audit.guest_email");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.toString()).doesNotContain(token).doesNotContain("secret.person")
                        .doesNotContain("garbage");
                assertThat(event.requestId()).isNotBlank();
                assertThat(event.clientIp()).isEqualTo("127.0.0.1");
            });
        }
    }

    @Test
    void rejectedTokensAreCountedPerClientAndMinuteWhileAStrangersDenialsKeepTheirRows() {
        String audit = "/api/v1/audits/" + user("alice").post("/api/v1/audits", "{}").body().path("id").asText();
        for (int i = 0; i < 30; i++) {
            assertThat(anonymous.bearer("forged-" + i).get(audit).status()).isEqualTo(401);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(user("mallory").get(audit).status()).isEqualTo(404);
        }
        application.close();
        application = null;

        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            List<AuditEvent> events = new JdbiAuditLog(database).latest(50);
            List<AuditEvent> rejected = events.stream().filter(e -> e.action().equals("token.rejected")).toList();
            assertThat(rejected).as("one row a minute (the run may straddle two)").hasSizeBetween(1, 2)
                    .allSatisfy(row -> assertThat(row.clientIp()).isEqualTo("127.0.0.1"));
            assertThat(rejected.stream().mapToLong(AuditEvent::count).sum()).isEqualTo(30);
            assertThat(events).filteredOn(e -> e.action().equals("access.denied")).hasSize(3)
                    .allSatisfy(row -> assertThat(row.actor()).isEqualTo("user:mallory"));
        }
    }

    private static String issued(String subject, String secret, Clock clock) {
        return new LocalTokenIssuer(JwtSettings.sharedSecret(secret.getBytes(StandardCharsets.UTF_8), null, null), clock)
                .issue(LocalTokenRequest.of(subject, Set.of()));
    }

    /** A JWT with exactly this header and payload, HMAC-signed with the server's secret by hand. */
    private static String signed(String header, String payload, String macAlgorithm) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), macAlgorithm));
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's header and payload in clear, for failure messages. */
    private static String describe(String token) {
        String[] parts = token.split("\\.");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(2, parts.length); i++) {
            try {
                text.append(new String(Base64.getUrlDecoder().decode(parts[i]), StandardCharsets.UTF_8)).append(' ');
            } catch (IllegalArgumentException e) {
                text.append(parts[i], 0, Math.min(12, parts[i].length())).append("… ");
            }
        }
        return text.toString();
    }

    private static String flip(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }

    private static void answerEverything(HttpSession session, String audit) {
        StringBuilder answers = new StringBuilder("{\"answers\":{");
        for (String[] answer : AuditJourneyContract.WORKED_EXAMPLE) {
            answers.append('"').append(answer[0]).append("\":").append(answer[1]).append(',');
        }
        answers.setLength(answers.length() - 1);
        answers.append("}}");
        assertThat(session.patch(audit + "/answers", answers.toString()).status()).isEqualTo(200);
    }
}
