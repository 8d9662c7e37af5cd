package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.AuditId;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limits as HTTP shows them: which requests count against which limit, the 429 and the headers. */
class RateLimitApiTest extends FreshApiTest {

    @Test
    void admitsUpToThePerIpLimitWithHeadersThenAnswers429() {
        api.backend.limit(Scope.API_PER_IP, 3);

        for (int remaining = 2; remaining >= 0; remaining--) {
            Api.Reply reply = api.get("/api/v1/questionnaire");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(reply.header("RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
            assertThat(reply.header("RateLimit-Reset")).isEqualTo("60");
            assertThat(reply.header("RateLimit-Policy")).isEqualTo("3;w=60");
            assertThat(reply.header("Retry-After")).isNull();
        }
        Api.Reply refused = api.get("/api/v1/questionnaire");

        JsonNode problem = Api.problem(refused, 429);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:too-many-requests");
        assertThat(problem.get("detail").asText()).contains("api_per_ip", "3/1m", "per client address");
        assertThat(Api.errors(problem)).containsExactly("api_per_ip rate_limit");
        assertThat(refused.header("Retry-After")).as("29.5 s rounded up").isEqualTo("30");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void countsEveryApiRequestPerClientAddressButNotTheHealthCheck() {
        api.backend.limit(Scope.API_PER_IP, 2);

        for (int i = 0; i < 5; i++) {
            Api.Reply live = api.get("/api/live");
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.header("RateLimit-Limit")).isNull();
        }
        assertThat(api.get("/api/v1/nothing-here").status()).as("unrouted API paths count too").isEqualTo(404);
        assertThat(api.get("/api/openapi.json").status()).isEqualTo(200);
        Api.problem(api.anonymous().get("/api/v1/questionnaire"), 429);
        assertThat(api.backend.limiter.keys()).containsOnly("api_per_ip:127.0.0.1");
    }

    @Test
    void refusesAFloodBeforeLookingAtItsCredentials() {
        api.backend.limit(Scope.API_PER_IP, 1);
        api.get("/api/v1/questionnaire");

        Api.Reply refused = api.as("Authorization", "Bearer not-a-valid-token").get("/api/v1/questionnaire");

        assertThat(refused.status()).as("429, not the 401 the token would earn").isEqualTo(429);
    }

    @Test
    void limitsAnswerWritesPerAuditAndShowsTheTighterLimit() {
        api.backend.limit(Scope.API_PER_IP, 100);
        api.backend.limit(Scope.ANSWER_WRITES_PER_AUDIT, 2);
        String audit = api.startAudit();
        String other = api.startAudit();

        Api.Reply first = api.json("PUT", "/api/v1/audits/" + audit + "/answers/ai_usage", "{\"value\": 1}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Limit")).as("the audit's limit is the tighter one").isEqualTo("2");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(api.json("PATCH", "/api/v1/audits/" + audit + "/answers", "{\"answers\": {\"ai_usage\": 2}}")
                .status()).isEqualTo(200);

        JsonNode problem = Api.problem(api.send("DELETE", "/api/v1/audits/" + audit + "/answers/ai_usage", null),
                429);
        assertThat(Api.errors(problem)).containsExactly("answer_writes_per_audit rate_limit");
        assertThat(api.json("PUT", "/api/v1/audits/" + other + "/answers/ai_usage", "{\"value\": 1}").status())
                .as("another audit has its own allowance").isEqualTo(200);
        Api.Reply read = api.get("/api/v1/audits/" + audit);
        assertThat(read.status()).as("reads do not count against the write limit").isEqualTo(200);
        assertThat(read.header("RateLimit-Limit")).isEqualTo("100");
        assertThat(api.backend.storedAudits.find(new AuditId(UUID.fromString(audit))).orElseThrow().answers()
                .asMap()).as("the refused DELETE changed nothing").hasSize(1);
    }

    @Test
    void limitsSubmitsPerAudit() {
        api.backend.limit(Scope.SUBMIT_PER_AUDIT, 1);
        String audit = api.startAudit();
        api.answerAllRequired(audit);

        assertThat(api.send("POST", "/api/v1/audits/" + audit + "/submit", null).status()).isEqualTo(200);
        Api.problem(api.send("POST", "/api/v1/audits/" + audit + "/submit", null), 429);
    }

    @Test
    void aMalformedAuditIdGetsItsOwn400NotALimit() {
        api.backend.limit(Scope.ANSWER_WRITES_PER_AUDIT, 1);

        Api.problem(api.json("PUT", "/api/v1/audits/not-a-uuid/answers/ai_usage", "{\"value\": 1}"), 400);
        Api.problem(api.json("PUT", "/api/v1/audits/not-a-uuid/answers/ai_usage", "{\"value\": 1}"), 400);
        assertThat(api.backend.limiter.keys()).noneMatch(subject -> subject.startsWith("answer_writes"));
    }

    @Test
    void limitsGuestSessionsPerAddressButNotSignedInUsers() {
        api.backend.limit(Scope.AUDIT_CREATE_PER_IP, 1);

        assertThat(api.anonymous().json("POST", "/api/v1/audits", "{}").status()).isEqualTo(201);
        JsonNode problem = Api.problem(api.anonymous().json("POST", "/api/v1/audits", "{}"), 429);
        assertThat(Api.errors(problem)).containsExactly("audit_create_per_ip rate_limit");
        assertThat(api.json("POST", "/api/v1/audits", "{}").status()).as("a signed-in user").isEqualTo(201);
    }

    @Test
    void onlyRequestsTheAccessRuleLetsThroughSpendAnAuditsAllowance() {
        api.backend.limit(Scope.ANSWER_WRITES_PER_AUDIT, 1);
        String audit = api.startAudit();
        String path = "/api/v1/audits/" + audit + "/answers/ai_usage";

        for (int i = 0; i < 3; i++) {
            Api.problem(api.anonymous().json("PUT", path, "{\"value\": 1}"), 401);
            Api.problem(api.asUser("mallory").json("PUT", path, "{\"value\": 1}"), 404);
            Api.problem(api.json("PUT", "/api/v1/audits/" + shortForm(audit) + "/answers/ai_usage",
                    "{\"value\": 1}"), 400);
        }

        Api.Reply owner = api.json("PUT", path, "{\"value\": 1}");
        assertThat(owner.status()).as("the owner's allowance is whole").isEqualTo(200);
        assertThat(owner.header("RateLimit-Limit")).as("the audit's limit, shown by the use case").isEqualTo("1");
        assertThat(owner.header("RateLimit-Remaining")).isEqualTo("0");
        Api.problem(api.json("PUT", path, "{\"value\": 2}"), 429);
        assertThat(api.backend.limiter.keys()).filteredOn(key -> key.startsWith("answer_writes"))
                .containsOnly("answer_writes_per_audit:" + audit);
    }

    @Test
    void failedAttemptsSpendTheAddressesBudgetThenItsAuditRoutesAre429BeforeAnyLookUp() {
        api.backend.limit(Scope.FAILED_ACCESS_PER_IP, 2);
        String audit = api.startAudit();

        Api.problem(api.anonymous().get("/api/v1/audits/" + audit), 401);
        Api.problem(api.asUser("mallory").get("/api/v1/audits/" + audit), 404);

        long denied = api.backend.log.count("access.denied", AuditEvent.DENIED);
        Api.problem(api.asUser("mallory").get("/api/v1/audits/" + audit), 429);
        assertThat(api.backend.log.count("access.denied", AuditEvent.DENIED)).as("refused before any look-up")
                .isEqualTo(denied);
        JsonNode problem = Api.problem(api.get("/api/v1/audits/" + audit), 429);
        assertThat(Api.errors(problem)).containsExactly("failed_access_per_ip rate_limit");
        Api.problem(api.as("Authorization", "Bearer not-a-valid-token").get("/api/v1/reports/" + audit), 429);
        Api.problem(api.json("POST", "/r2/upload", "{}"), 429);
        Api.problem(api.anonymous().get("/api/v1/files/uploads/x?expires=1&signature=00"), 429);
        assertThat(api.get("/api/v1/questionnaire").status()).as("routes of no audit stay open").isEqualTo(200);
        assertThat(api.json("POST", "/api/v1/audits", "{}").status()).isEqualTo(201);
    }

    @Test
    void successesAndMalformedRequestsSpendNoFailedAttempts() {
        api.backend.limit(Scope.FAILED_ACCESS_PER_IP, 1);
        String audit = api.startAudit();

        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/audits/" + audit).status()).isEqualTo(200);
            Api.problem(api.get("/api/v1/audits/not-a-uuid"), 400);
            Api.problem(api.get("/api/v1/nothing-here"), 404);
        }

        assertThat(api.get("/api/v1/audits/" + audit).status()).as("the budget of one is unspent").isEqualTo(200);
        Api.problem(api.asUser("mallory").get("/api/v1/audits/" + audit), 404);
        Api.problem(api.get("/api/v1/audits/" + audit), 429);
    }

    /** The same id as UUID.fromString reads it, each group without its leading zeros (0-0-4000-8000-1). */
    private static String shortForm(String id) {
        String spelled = Arrays.stream(id.split("-")).map(group -> group.replaceFirst("^0+(?=.)", ""))
                .collect(Collectors.joining("-"));
        assertThat(UUID.fromString(spelled)).isEqualTo(UUID.fromString(id));
        assertThat(spelled).isNotEqualTo(id);
        return spelled;
    }
}
