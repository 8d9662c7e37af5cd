package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: bearer tokens, guest tokens, claiming, the guest email and the 401/404 semantics. */
class AuthenticationApiTest extends ApiTest {
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"ara\", error=\"invalid_token\"";

    /** A new guest audit: its id and its token. */
    private record GuestAudit(String id, String token) {
        String path() {
            return "/api/v1/audits/" + id;
        }
    }

    private static GuestAudit startGuestAudit(Api as) {
        Api.Reply reply = as.json("POST", "/api/v1/audits", "{\"organizationName\": \"Guest Co\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new GuestAudit(reply.json().get("id").asText(), reply.json().get("guestToken").asText());
    }

    private static void answerAllRequired(Api as, String path) {
        assertThat(as.json("PATCH", path + "/answers", """
                {"answers": {"company_size": "medium", "industry": "healthcare", "ai_usage": 2, "has_policy": false,
                             "controls": ["soc2"]}}""").status()).isEqualTo(200);
    }

    private static void invalidToken(Api.Reply reply) {
        JsonNode problem = Api.problem(reply, 401);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:invalid-token");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(INVALID_TOKEN_CHALLENGE);
        assertThat(reply.body()).doesNotContain(TestTokens.REJECTION_REASON, "malformed", "scheme", "empty");
    }

    @Test
    void asksForCredentialsBeforeLookingAnAuditUp() {
        Api.Reply reply = api.anonymous().get("/api/v1/audits/" + UUID.randomUUID());

        JsonNode problem = Api.problem(reply, 401);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:authentication-required");
        assertThat(problem.get("detail").asText()).contains("X-Guest-Token", "Authorization: Bearer");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"ara\"");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void refusesARejectedBearerTokenWithoutTellingWhy() {
        Api stranger = api.as("Authorization", "Bearer forged.jwt.token");

        invalidToken(stranger.get("/api/v1/audits/" + api.startAudit()));
        invalidToken(stranger.get("/api/v1/audits"));
        invalidToken(stranger.json("POST", "/api/v1/audits", "{}"));
    }

    @Test
    void refusesOtherSchemesEmptyTokensAndMalformedGuestTokens() {
        String audit = "/api/v1/audits/" + api.startAudit();
        int writes = api.backend.writes();

        invalidToken(api.as("Authorization", "Basic YWxpY2U6c2VjcmV0").get(audit));
        invalidToken(api.as("Authorization", "Bearer").get(audit));
        invalidToken(api.as("Authorization", "Token user:alice").get(audit));
        invalidToken(api.asGuest("not-a-guest-token").get(audit));
        invalidToken(api.as("Authorization", "Basic x").json("POST", "/api/v1/audits", "{}"));
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void acceptsTheBearerSchemeInAnyCase() {
        String audit = "/api/v1/audits/" + api.startAudit();

        assertThat(api.as("Authorization", "bearer user:" + Api.DEFAULT_USER).get(audit).status()).isEqualTo(200);
        assertThat(api.as("Authorization", "BEARER user:" + Api.DEFAULT_USER).get(audit).status()).isEqualTo(200);
    }

    @Test
    void publicRoutesNeedNoCredentialsButRefuseBadOnes() {
        String score = "{\"answers\": {\"company_size\": \"small\"}}";
        Api anonymous = api.anonymous();
        Api forged = api.as("Authorization", "Bearer forged");

        assertThat(anonymous.get("/api/v1/questionnaire").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/questionnaires/classic/versions/1").status()).isEqualTo(200);
        assertThat(anonymous.json("POST", "/api/v1/score", score).status()).isEqualTo(200);
        invalidToken(forged.get("/api/v1/questionnaire"));
        invalidToken(forged.get("/api/v1/questionnaires/classic/versions/1"));
        invalidToken(forged.json("POST", "/api/v1/score", score));
        assertThat(forged.get("/api/live").status()).as("operations routes are outside /api/v1").isEqualTo(200);
    }

    @Test
    void aGuestAuditIsReachableByItsTokenAndAnAdminOnly() {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{}");
        JsonNode body = started.json();
        GuestAudit audit = new GuestAudit(body.get("id").asText(), body.get("guestToken").asText());

        assertThat(audit.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.get("guest").asBoolean()).isTrue();
        Api.Reply read = api.asGuest(audit.token()).get(audit.path());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(audit.token(), "guestToken");
        assertThat(api.asGuest(audit.token()).json("PUT", audit.path() + "/answers/industry",
                "{\"value\": \"finance\"}").status()).isEqualTo(200);

        Api.problem(api.asGuest(startGuestAudit(api.anonymous()).token()).get(audit.path()), 404);
        Api.problem(api.asUser("bob").get(audit.path()), 404);
        Api.problem(api.get(audit.path()), 404);
        assertThat(api.asUser("root:admin").get(audit.path()).status()).isEqualTo(200);
        Api.problem(api.anonymous().get(audit.path()), 401);
    }

    @Test
    void aSignedInUserWithTheGuestTokenClaimsTheAudit() {
        GuestAudit audit = startGuestAudit(api.anonymous());
        String carol = "carol-" + UUID.randomUUID();

        Api.problem(api.asUser(carol).send("POST", audit.path() + "/claim", null), 404);
        Api.problem(api.asGuest(audit.token()).send("POST", audit.path() + "/claim", null), 401);
        Api.problem(api.asUser("root:admin").send("POST", audit.path() + "/claim", null), 404);
        Api.Reply claimed = api.as("Authorization", "Bearer user:" + carol, "X-Guest-Token", audit.token())
                .send("POST", audit.path() + "/claim", null);

        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().get("guest").asBoolean()).isFalse();
        assertThat(claimed.header("ETag")).isEqualTo("\"2\"");
        Api.problem(api.asGuest(audit.token()).get(audit.path()), 404);
        assertThat(api.asUser(carol).get(audit.path()).status()).isEqualTo(200);
        assertThat(api.asUser(carol).get("/api/v1/audits").json().get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(audit.id());
        Api.problem(api.as("Authorization", "Bearer user:" + carol, "X-Guest-Token", audit.token())
                .send("POST", audit.path() + "/claim", null), 404);
    }

    @Test
    void aUserAuditCannotBeClaimed() {
        String audit = "/api/v1/audits/" + api.startAudit();
        String someToken = startGuestAudit(api.anonymous()).token();

        Api.problem(api.send("POST", audit + "/claim", null), 404);
        Api.problem(api.as("Authorization", "Bearer user:mallory", "X-Guest-Token", someToken)
                .send("POST", audit + "/claim", null), 404);
    }

    @Test
    void aGuestLeavesAnEmailThatIsNeverShown() {
        GuestAudit audit = startGuestAudit(api.anonymous());
        Api guest = api.asGuest(audit.token());

        assertThat(guest.get(audit.path()).json().get("submitRequires").asText()).isEqualTo("email");

        Api.Reply reply = guest.json("POST", audit.path() + "/guest-email", "{\"email\": \" Guest@Example.COM \"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("guestEmailGiven").asBoolean()).isTrue();
        assertThat(reply.json().get("submitRequires").asText()).isEqualTo("nothing");
        assertThat(reply.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("guest@example.com");
        assertThat(guest.get(audit.path()).json().get("guestEmailGiven").asBoolean()).isTrue();
        Api.problem(api.asUser("bob").json("POST", audit.path() + "/guest-email", "{\"email\": \"b@example.com\"}"),
                404);
    }

    @Test
    void rejectsAMalformedOrMissingEmailAndUnknownFields() {
        GuestAudit audit = startGuestAudit(api.anonymous());
        Api guest = api.asGuest(audit.token());
        String path = audit.path() + "/guest-email";
        int writes = api.backend.writes();

        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{\"email\": \"not an email\"}"), 422)))
                .containsExactly("email invalid_format");
        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{\"email\": \"a@b\"}"), 422)))
                .containsExactly("email invalid_format");
        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{\"email\": 42}"), 422)))
                .containsExactly("email wrong_type");
        assertThat(Api.errors(Api.problem(guest.json("POST", path, "{}"), 422))).containsExactly("email required");
        assertThat(Api.errors(Api.problem(guest.json("POST", path,
                "{\"email\": \"g@example.com\", \"name\": \"G\"}"), 422))).containsExactly("name unknown_field");
        assertThat(Api.errors(Api.problem(guest.send("POST", path, null), 400))).containsExactly("body required");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void aGuestGivesAnEmailBeforeSubmitting() {
        GuestAudit audit = startGuestAudit(api.anonymous());
        Api guest = api.asGuest(audit.token());
        answerAllRequired(guest, audit.path());

        JsonNode problem = Api.problem(guest.send("POST", audit.path() + "/submit", null), 409);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:guest-email-required");
        assertThat(problem.get("detail").asText()).contains("guest-email");

        assertThat(guest.json("POST", audit.path() + "/guest-email", "{\"email\": \"g@example.com\"}").status())
                .isEqualTo(200);
        assertThat(guest.send("POST", audit.path() + "/submit", null).status()).isEqualTo(200);
        assertThat(guest.get(audit.path() + "/result").status()).isEqualTo(200);
    }

    @Test
    void underTheLoginPolicyAGuestSignsInAndClaimsBeforeSubmitting() {
        try (Api strict = new Api(TestBackend.loginToSubmit())) {
            GuestAudit audit = startGuestAudit(strict.anonymous());
            Api guest = strict.asGuest(audit.token());
            answerAllRequired(guest, audit.path());
            assertThat(guest.get(audit.path()).json().get("submitRequires").asText()).isEqualTo("sign_in");

            JsonNode problem = Api.problem(guest.send("POST", audit.path() + "/submit", null), 403);
            assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:sign-in-required");

            Api claimant = strict.as("Authorization", "Bearer user:dave", "X-Guest-Token", audit.token());
            Api.Reply claimed = claimant.send("POST", audit.path() + "/claim", null);
            assertThat(claimed.status()).isEqualTo(200);
            assertThat(claimed.json().get("submitRequires").asText()).isEqualTo("nothing");
            assertThat(strict.asUser("dave").send("POST", audit.path() + "/submit", null).status()).isEqualTo(200);
        }
    }

    @Test
    void submitHonoursIfMatch() {
        String id = api.startAudit();
        String audit = "/api/v1/audits/" + id;
        api.answerAllRequired(id);

        Api.Reply stale = api.send("POST", audit + "/submit", null, "If-Match", "\"1\"");
        Api.problem(stale, 412);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.send("POST", audit + "/submit", null, "If-Match", "\"2\"").status()).isEqualTo(200);
    }

    @Test
    void listsTheAuditsOfEachCaller() {
        String erin = "erin-" + UUID.randomUUID();
        String erinsAudit = api.asUser(erin).startAudit();
        GuestAudit guestAudit = startGuestAudit(api.anonymous());

        assertThat(api.asUser(erin).get("/api/v1/audits").json().get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(erinsAudit);
        JsonNode guests = api.asGuest(guestAudit.token()).get("/api/v1/audits").json();
        assertThat(guests.get("items")).extracting(item -> item.get("id").asText())
                .containsExactly(guestAudit.id());
        assertThat(guests.get("total").asLong()).isEqualTo(1);
        assertThat(api.asUser("frank-" + UUID.randomUUID()).get("/api/v1/audits").json().get("total").asLong())
                .isZero();
    }

    @Test
    void theAdminAreaIsForAdminsOnlyAndNotConfirmedToOthers() {
        Api.Reply anonymousReply = api.anonymous().get("/api/v1/admin/anything");
        assertThat(anonymousReply.status()).isEqualTo(401);
        assertThat(anonymousReply.header("WWW-Authenticate")).startsWith("Bearer");

        Api.Reply userReply = api.asUser("alice").get("/api/v1/admin/anything");
        assertThat(userReply.status()).isEqualTo(404);
        assertThat(userReply.json().path("type").asText()).isEqualTo("urn:ara:problem:not-found");

        Api.Reply adminReply = api.asUser("root:admin").get("/api/v1/admin/anything");
        assertThat(adminReply.status()).as("an admin passes the guard; there is no such admin route").isEqualTo(404);
        assertThat(adminReply.json().path("detail").asText()).doesNotContain("nothing at");
    }

    @Test
    void onlyAGuestAuditTakesAGuestEmail() {
        String audit = api.json("POST", "/api/v1/audits", "{}").header("Location");
        Api.Reply reply = api.json("POST", audit + "/guest-email", "{\"email\":\"someone@example.com\"}");
        assertThat(reply.status()).isEqualTo(409);
    }
}
