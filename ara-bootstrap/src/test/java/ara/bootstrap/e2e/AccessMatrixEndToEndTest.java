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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix through the production wiring, with real JWTs and guest tokens: every audit route × two users,
 * two guests, an admin and an anonymous caller, on a user's audit and on a guest's audit. Owners and the admin get
 * through; everyone else gets 404 (ids are not confirmed) or, when anonymous, 401. Unauthorised successes: 0.
 */
class AccessMatrixEndToEndTest {
    @TempDir
    static Path dataDir;
    private static Application application;
    private static HttpSession anonymous;

    @BeforeAll
    static void start() {
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(Map.of(
                "ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DB_URL", "memory", "ARA_DATA_DIR", dataDir.toString(),
                "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET, "ARA_GUEST_SUBMIT", "open")))),
                Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** One audit route: how to call it on an audit's path. */
    private record Route(String name, BiFunction<HttpSession, String, HttpSession.Reply> call) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("GET audit", (s, a) -> s.get(a)),
            new Route("DELETE audit", (s, a) -> s.delete(a)),
            new Route("POST retake", (s, a) -> s.post(a + "/retake", null)),
            new Route("GET comparison", (s, a) -> s.get(a + "/comparison?with=" + a.substring(a.lastIndexOf('/') + 1))),
            new Route("PUT answer", (s, a) -> s.put(a + "/answers/company_size", "{\"value\":\"medium\"}", null)),
            new Route("PATCH answers", (s, a) -> s.patch(a + "/answers", "{\"answers\":{\"industry\":\"retail\"}}")),
            new Route("DELETE answer", (s, a) -> s.delete(a + "/answers/company_size")),
            new Route("POST submit", (s, a) -> s.post(a + "/submit", null)),
            new Route("GET result", (s, a) -> s.get(a + "/result")),
            new Route("POST guest-email", (s, a) -> s.post(a + "/guest-email", "{\"email\":\"g@example.com\"}")),
            new Route("POST claim", (s, a) -> s.post(a + "/claim", null)));

    /** Strangers get 404; only a claim by a guest (who is not signed in) is a 401 asking them to sign in. */
    private static int expectedRefusal(Route route, String stranger) {
        return route.name().equals("POST claim") && stranger.startsWith("guest") ? 401 : 404;
    }

    @Test
    void onlyOwnersAndAdminsGetThroughOnEveryAuditRoute() {
        HttpSession alice = anonymous.bearer(AuditJourneyContract.token("alice", Set.of()));
        HttpSession bob = anonymous.bearer(AuditJourneyContract.token("bob", Set.of()));
        HttpSession admin = anonymous.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        List<String> unauthorisedSuccesses = new ArrayList<>();
        int cases = 0;
        for (Route route : ROUTES) {
            // A user's audit: alice owns it.
            String owned = "/api/v1/audits/" + alice.post("/api/v1/audits", "{}").body().path("id").asText();
            HttpSession.Reply g1Start = anonymous.post("/api/v1/audits", "{}");
            HttpSession guest1 = anonymous.guest(g1Start.body().path("guestToken").asText());
            HttpSession guest2 = anonymous.guest(anonymous.post("/api/v1/audits", "{}").body().path("guestToken").asText());
            Map<String, HttpSession> strangers = Map.of("bob", bob, "guest 1", guest1, "guest 2", guest2);
            for (Map.Entry<String, HttpSession> stranger : strangers.entrySet()) {
                cases++;
                int status = route.call().apply(stranger.getValue(), owned).status();
                if (status != expectedRefusal(route, stranger.getKey())) {
                    unauthorisedSuccesses.add(route.name() + " on alice's audit as " + stranger.getKey() + ": " + status);
                }
            }
            cases++;
            HttpSession.Reply anonymousReply = route.call().apply(anonymous, owned);
            if (anonymousReply.status() != 401 || anonymousReply.header("WWW-Authenticate") == null) {
                unauthorisedSuccesses.add(route.name() + " on alice's audit anonymously: " + anonymousReply.status());
            }
            // A guest's audit: guest 1 holds its token; alice and bob (without it), and guest 2, are strangers.
            String guestAudit = "/api/v1/audits/" + g1Start.body().path("id").asText();
            for (Map.Entry<String, HttpSession> stranger : Map.of("alice", alice, "bob", bob, "guest 2", guest2)
                    .entrySet()) {
                cases++;
                int status = route.call().apply(stranger.getValue(), guestAudit).status();
                if (status != expectedRefusal(route, stranger.getKey())) {
                    unauthorisedSuccesses.add(route.name() + " on guest 1's audit as " + stranger.getKey() + ": "
                            + status);
                }
            }
            if (route.name().equals("POST claim")) {
                // Claiming takes a signed-in user holding the guest token, and nothing less.
                cases++;
                assertThat(route.call().apply(alice.guest(g1Start.body().path("guestToken").asText()), guestAudit)
                        .status()).as("claim by alice with guest 1's token").isEqualTo(200);
                continue;
            }
            // Owners and the admin are never refused for want of rights (other outcomes, e.g. 409, are the route's).
            for (Map.Entry<String, HttpSession> allowed : Map.of("alice", alice, "admin", admin,
                    "guest 1 (on its own audit)", guest1).entrySet()) {
                cases++;
                // An erasure leaves nothing for the next caller: alice and the admin each erase a fresh audit of alice.
                String target = allowed.getValue() == guest1 ? guestAudit : route.name().equals("DELETE audit")
                        ? "/api/v1/audits/" + alice.post("/api/v1/audits", "{}").body().path("id").asText() : owned;
                int status = route.call().apply(allowed.getValue(), target).status();
                if (route.name().equals("POST retake") && allowed.getValue() == admin) {
                    // A retake starts an audit for its owner: an admin may read the audit, not retake it.
                    assertThat(status).as("retake as the admin").isEqualTo(404);
                    continue;
                }
                assertThat(status).as("%s as %s", route.name(), allowed.getKey()).isNotIn(401, 403, 404);
            }
        }
        assertThat(cases).isEqualTo(ROUTES.size() * 7 + (ROUTES.size() - 1) * 3 + 1);
        assertThat(unauthorisedSuccesses).as("unauthorised successes").isEmpty();
    }

    @Test
    void onlyASignedInUserErasesAnAccountAndOnlyTheirOwn() {
        HttpSession carol = anonymous.bearer(AuditJourneyContract.token("carol", Set.of()));
        HttpSession dave = anonymous.bearer(AuditJourneyContract.token("dave", Set.of()));
        String carols = "/api/v1/audits/" + carol.post("/api/v1/audits", "{}").body().path("id").asText();
        HttpSession guest = anonymous.guest(anonymous.post("/api/v1/audits", "{}").body().path("guestToken").asText());

        HttpSession.Reply byAnonymous = anonymous.delete("/api/v1/me");
        assertThat(byAnonymous.status()).isEqualTo(401);
        assertThat(byAnonymous.header("WWW-Authenticate")).isNotNull();
        assertThat(guest.delete("/api/v1/me").status()).isEqualTo(401);
        assertThat(dave.delete("/api/v1/me").status()).isEqualTo(200);
        assertThat(carol.get(carols).status()).as("dave's erasure leaves carol's audit").isEqualTo(200);
        assertThat(carol.delete("/api/v1/me").status()).isEqualTo(200);
        assertThat(carol.get(carols).status()).isEqualTo(404);
    }
}
