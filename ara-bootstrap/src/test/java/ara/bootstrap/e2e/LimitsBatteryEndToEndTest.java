package ara.bootstrap.e2e;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.LimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits battery, through the production wiring (in-process limiter): for every per-audit limit, anonymous
 * callers, strangers (another user, another guest) and other spellings of the audit's id (upper case, mixed case,
 * the short form {@code UUID.fromString} tolerates, braces) are refused as often as they try and spend nothing of
 * the owner's allowance, which the owner then gets whole; and the per-address budget of failed attempts refuses an
 * address's audit routes once it is spent.
 */
class LimitsBatteryEndToEndTest {
    /** Every per-audit limit in this test: small, so that any spending by others would show. */
    private static final int ALLOWANCE = 3;
    /** How often each refused caller tries: more than the allowance. */
    private static final int TRIES = ALLOWANCE + 2;

    @TempDir
    Path dataDir;
    private Application application;
    private HttpSession anonymous;

    /** One per-audit limit and a request of the route it limits, on an audit's id as the caller spells it. */
    private record Limited(Scope scope, BiFunction<HttpSession, String, HttpSession.Reply> call) {
    }

    private static final List<Limited> LIMITED = List.of(
            new Limited(Scope.ANSWER_WRITES_PER_AUDIT, (s, id) -> s.put("/api/v1/audits/" + id
                    + "/answers/company_size", "{\"value\":\"medium\"}", null)),
            new Limited(Scope.SUBMIT_PER_AUDIT, (s, id) -> s.post("/api/v1/audits/" + id + "/submit", null)),
            new Limited(Scope.REPORTS_PER_AUDIT, (s, id) -> s.post("/api/v1/audits/" + id + "/reports", "{}")),
            new Limited(Scope.CHAT_PER_AUDIT, (s, id) -> s.post("/api/v1/audits/" + id + "/chat/messages",
                    "{\"message\":\"What does this step ask?\"}")),
            new Limited(Scope.UPLOADS_PER_AUDIT, (s, id) -> s.post("/r2/upload", "{\"auditId\":\"" + id
                    + "\",\"contentType\":\"image/png\",\"size\":100}")));

    private void start(Map<String, String> limits) {
        Map<String, String> env = new HashMap<>(limits);
        env.putAll(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DB_URL", "memory", "ARA_DATA_DIR",
                dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET, "ARA_GUEST_SUBMIT", "open"));
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void nobodyButTheOwnerSpendsAnyPerAuditAllowanceAndNoOtherSpellingOfItsIdDoes() {
        Map<String, String> limits = new HashMap<>();
        for (Limited limited : LIMITED) {
            limits.put(LimitSettings.variable(limited.scope()), ALLOWANCE + "/1h");
        }
        start(limits);
        HttpSession alice = anonymous.bearer(AuditJourneyContract.token("alice", Set.of()));
        HttpSession bob = anonymous.bearer(AuditJourneyContract.token("bob", Set.of()));
        HttpSession otherGuest = anonymous.guest(anonymous.post("/api/v1/audits", "{}").body().path("guestToken")
                .asText());
        List<String> spent = new ArrayList<>();
        int refusals = 0;

        for (Limited limited : LIMITED) {
            String id = auditWithAShortForm(alice);
            Map<String, HttpSession> others = new LinkedHashMap<>();
            others.put("anonymous", anonymous);
            others.put("bob", bob);
            others.put("another guest", otherGuest);
            Map<String, String> spellings = otherSpellings(id);
            for (int i = 0; i < TRIES; i++) {
                for (Map.Entry<String, HttpSession> other : others.entrySet()) {
                    int status = limited.call().apply(other.getValue(), id).status();
                    assertThat(status).as("%s by %s", limited.scope().code(), other.getKey())
                            .isEqualTo(other.getKey().equals("anonymous") ? 401 : 404);
                    refusals++;
                }
                for (Map.Entry<String, String> spelling : spellings.entrySet()) {
                    HttpSession.Reply reply = limited.call().apply(alice, spelling.getValue());
                    // A path's id is a 400; a body's (POST /r2/upload) a 422, as for any invalid body field.
                    assertThat(reply.status()).as("%s by the owner, id %s (%s)", limited.scope().code(),
                            spelling.getKey(), spelling.getValue()).isIn(400, 422);
                    assertThat(reply.body().at("/errors/0/field").asText()).isIn("id", "auditId");
                    refusals++;
                }
            }

            List<Integer> owner = new ArrayList<>();
            HttpSession.Reply reply;
            do {
                reply = limited.call().apply(alice, id);
                owner.add(reply.status());
            } while (reply.status() != 429 && owner.size() <= ALLOWANCE + 1);

            assertThat(owner).as("the owner's %s: its whole allowance, then 429", limited.scope().code())
                    .hasSize(ALLOWANCE + 1).last().isEqualTo(429);
            assertThat(owner.subList(0, ALLOWANCE)).doesNotContain(429, 401, 404);
            assertThat(reply.body().at("/errors/0/field").asText()).isEqualTo(limited.scope().code());
            assertThat(reply.header("Retry-After")).isNotNull();
            spent.add(limited.scope().code());
        }

        assertThat(spent).containsExactlyElementsOf(LIMITED.stream().map(l -> l.scope().code()).toList());
        assertThat(refusals).isEqualTo(LIMITED.size() * TRIES * (3 + 4));
    }

    @Test
    void anAddressThatSpentItsFailedAttemptsIsRefusedOnAuditRoutesBeforeAnyLookUp() {
        start(Map.of(LimitSettings.variable(Scope.FAILED_ACCESS_PER_IP), "4/1h"));
        HttpSession alice = anonymous.bearer(AuditJourneyContract.token("alice", Set.of()));
        HttpSession bob = anonymous.bearer(AuditJourneyContract.token("bob", Set.of()));
        String audit = "/api/v1/audits/" + alice.post("/api/v1/audits", "{}").body().path("id").asText();
        assertThat(alice.get(audit).status()).isEqualTo(200);

        assertThat(anonymous.get(audit).status()).isEqualTo(401);
        assertThat(bob.get(audit).status()).isEqualTo(404);
        assertThat(anonymous.bearer("not-a-token").get(audit).status()).isEqualTo(401);
        assertThat(bob.get("/api/v1/reports/" + UUID.randomUUID()).status()).isEqualTo(404);

        HttpSession.Reply refused = bob.get(audit);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("failed_access_per_ip");
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("one attempt back every 15 minutes")
                .isBetween(800L, 900L);
        assertThat(alice.get(audit).status()).as("the address, whoever sends").isEqualTo(429);
        assertThat(alice.put(audit + "/answers/company_size", "{\"value\":\"medium\"}", null).status())
                .isEqualTo(429);
        assertThat(alice.get("/api/v1/questionnaire").status()).as("routes of no audit stay open").isEqualTo(200);
        assertThat(alice.get("/api/v1/audits").status()).isEqualTo(200);
    }

    /** Starts audits for {@code owner} until one's id has a short form (a group with a leading zero). */
    private static String auditWithAShortForm(HttpSession owner) {
        for (int i = 0; i < 500; i++) {
            String id = owner.post("/api/v1/audits", "{}").body().path("id").asText();
            if (!shortForm(id).equals(id) && !id.toUpperCase(Locale.ROOT).equals(id)) {
                return id;
            }
        }
        throw new AssertionError("no audit id with a short form in 500 audits");
    }

    /** Spellings of {@code id} that are not its canonical form; the first three name the same UUID. */
    private static Map<String, String> otherSpellings(String id) {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("upper case", id.toUpperCase(Locale.ROOT));
        spellings.put("mixed case", mixedCase(id));
        spellings.put("short form", shortForm(id));
        spellings.put("braces", "%7B" + id + "%7D");
        for (String spelling : List.of(spellings.get("upper case"), spellings.get("mixed case"),
                spellings.get("short form"))) {
            assertThat(UUID.fromString(spelling)).as(spelling).isEqualTo(UUID.fromString(id));
            assertThat(spelling).isNotEqualTo(id);
        }
        return spellings;
    }

    private static String mixedCase(String id) {
        StringBuilder mixed = new StringBuilder(id);
        for (int i = 0, letters = 0; i < mixed.length(); i++) {
            if (Character.isLetter(mixed.charAt(i)) && letters++ % 2 == 0) {
                mixed.setCharAt(i, Character.toUpperCase(mixed.charAt(i)));
            }
        }
        return mixed.toString();
    }

    private static String shortForm(String id) {
        return Arrays.stream(id.split("-")).map(group -> group.replaceFirst("^0+(?=.)", ""))
                .collect(Collectors.joining("-"));
    }
}
