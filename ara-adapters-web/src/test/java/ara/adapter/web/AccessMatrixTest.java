package ara.adapter.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit route against every kind of caller, each on a fresh audit: owners (the user, the guest token, a user
 * holding the guest token) and admins get past the access check (any status but 401 and 404); other users and
 * other guests get 404, as for an audit that does not exist; callers without credentials get 401 with a challenge.
 * Claiming is the exception the issue defines: only a signed-in user holding the token may claim. Whatever the
 * expectations say, no unauthorised caller may ever get a success, which the class counts at the end.
 */
class AccessMatrixTest {
    private static final List<String> UNAUTHORISED_SUCCESSES = new CopyOnWriteArrayList<>();
    private static final List<String> CASES_RUN = new CopyOnWriteArrayList<>();
    private static Api api;

    /** An audit route, as a request on an audit id. */
    enum AuditRoute {
        GET_AUDIT("GET", "", null),
        DELETE_AUDIT("DELETE", "", null),
        POST_RETAKE("POST", "/retake", null),
        GET_COMPARISON("GET", "/comparison?with=", null),
        PUT_ANSWER("PUT", "/answers/company_size", "{\"value\": \"small\"}"),
        PATCH_ANSWERS("PATCH", "/answers", "{\"answers\": {\"company_size\": \"small\"}}"),
        DELETE_ANSWER("DELETE", "/answers/company_size", null),
        POST_SUBMIT("POST", "/submit", null),
        GET_RESULT("GET", "/result", null),
        POST_CLAIM("POST", "/claim", null),
        POST_GUEST_EMAIL("POST", "/guest-email", "{\"email\": \"guest@example.com\"}"),
        POST_RESUME_LINK("POST", "/resume-link", null);

        final String method;
        final String suffix;
        final String body;

        AuditRoute(String method, String suffix, String body) {
            this.method = method;
            this.suffix = suffix;
            this.body = body;
        }
    }

    /** Who calls, and whether the rules let them through. */
    enum CallerKind {
        OWNER_USER, OTHER_USER, OWNER_GUEST, OTHER_GUEST, USER_WITH_GUEST_TOKEN, ADMIN, ANONYMOUS
    }

    /** What the caller must get: past the access check, 404, or 401. */
    enum Expected {
        ALLOWED, NOT_FOUND, UNAUTHENTICATED
    }

    @BeforeAll
    static void start() {
        api = new Api();
    }

    @AfterAll
    static void stop() {
        api.close();
        assertThat(CASES_RUN).hasSize(AuditRoute.values().length * CallerKind.values().length);
        assertThat(UNAUTHORISED_SUCCESSES).as("unauthorised successes").isEmpty();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (AuditRoute route : AuditRoute.values()) {
            Arrays.stream(CallerKind.values()).forEach(caller -> cases.add(Arguments.of(route, caller)));
        }
        return cases.stream();
    }

    static Expected expected(AuditRoute route, CallerKind caller) {
        if (route == AuditRoute.POST_CLAIM) {
            // Claiming needs a signed-in user (else 401) who proves the claim with the token (else 404).
            return switch (caller) {
                case USER_WITH_GUEST_TOKEN -> Expected.ALLOWED;
                case OWNER_USER, OTHER_USER, ADMIN -> Expected.NOT_FOUND;
                case OWNER_GUEST, OTHER_GUEST, ANONYMOUS -> Expected.UNAUTHENTICATED;
            };
        }
        if (route == AuditRoute.POST_RETAKE && caller == CallerKind.ADMIN) {
            // A retake starts an audit for its owner: an admin may read the audit, not retake it.
            return Expected.NOT_FOUND;
        }
        return switch (caller) {
            case OWNER_USER, OWNER_GUEST, USER_WITH_GUEST_TOKEN, ADMIN -> Expected.ALLOWED;
            case OTHER_USER, OTHER_GUEST -> Expected.NOT_FOUND;
            case ANONYMOUS -> Expected.UNAUTHENTICATED;
        };
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void enforcesOwnership(AuditRoute route, CallerKind caller) {
        String owner = "owner-" + UUID.randomUUID();
        String userAudit = api.asUser(owner).startAudit();
        Api.Reply guestStart = api.anonymous().json("POST", "/api/v1/audits", "{}");
        String guestAudit = guestStart.json().get("id").asText();
        String guestToken = guestStart.json().get("guestToken").asText();
        String otherGuestToken = api.anonymous().json("POST", "/api/v1/audits", "{}").json().get("guestToken")
                .asText();

        Api client = switch (caller) {
            case OWNER_USER -> api.asUser(owner);
            case OTHER_USER -> api.asUser("other-" + UUID.randomUUID());
            case OWNER_GUEST -> api.asGuest(guestToken);
            case OTHER_GUEST -> api.asGuest(otherGuestToken);
            case USER_WITH_GUEST_TOKEN -> api.as("Authorization", "Bearer user:claimant-" + UUID.randomUUID(),
                    "X-Guest-Token", guestToken);
            case ADMIN -> api.asUser("root-" + UUID.randomUUID() + ":admin");
            case ANONYMOUS -> api.anonymous();
        };
        boolean targetsGuestAudit = switch (caller) {
            case OWNER_GUEST, OTHER_GUEST, USER_WITH_GUEST_TOKEN -> true;
            default -> route == AuditRoute.POST_CLAIM && caller != CallerKind.OWNER_USER;
        };
        String target = targetsGuestAudit ? guestAudit : userAudit;
        // The comparison's baseline is the audit itself: the access rule is what is tested here.
        String path = "/api/v1/audits/" + target + route.suffix
                + (route == AuditRoute.GET_COMPARISON ? target : "");

        Api.Reply reply = route.body == null ? client.send(route.method, path, null)
                : client.json(route.method, path, route.body);

        CASES_RUN.add(route + " " + caller);
        Expected expected = expected(route, caller);
        if (expected != Expected.ALLOWED && reply.status() < 400) {
            UNAUTHORISED_SUCCESSES.add(route + " by " + caller + " -> " + reply.status());
        }
        switch (expected) {
            case ALLOWED -> assertThat(reply.status()).as(reply.body()).isNotIn(401, 403, 404).isLessThan(500);
            case NOT_FOUND -> assertThat(Api.problem(reply, 404).get("type").asText())
                    .isEqualTo("urn:ara:problem:not-found");
            case UNAUTHENTICATED -> {
                assertThat(Api.problem(reply, 401).get("type").asText())
                        .isEqualTo("urn:ara:problem:authentication-required");
                assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"ara\"");
            }
        }
    }
}
