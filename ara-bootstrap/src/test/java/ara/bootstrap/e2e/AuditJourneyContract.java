package ara.bootstrap.e2e;

import ara.adapter.identity.jwt.JwtSettings;
import ara.adapter.identity.jwt.LocalTokenIssuer;
import ara.adapter.identity.jwt.LocalTokenRequest;
import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole audit through the real HTTP server, started by the production wiring ({@link Application#start}):
 * start, save every answer (with a rejected invalid one and a premature submit on the way), follow progress,
 * submit, read the result. Subclasses choose the audit store.
 */
abstract class AuditJourneyContract {
    /** The issue's worked example, in wizard order. */
    static final List<String[]> WORKED_EXAMPLE = List.of(
            new String[] {"company_size", "\"medium\""}, new String[] {"industry", "\"retail\""},
            new String[] {"current_ai_usage", "\"pilot\""}, new String[] {"tech_stack_maturity", "7"},
            new String[] {"api_architecture", "\"rest_mature\""}, new String[] {"cloud_infrastructure", "\"hybrid\""},
            new String[] {"data_infrastructure", "\"data_warehouse\""}, new String[] {"version_control", "\"git_ci\""},
            new String[] {"testing_practices", "[\"unit_tests\",\"integration_tests\"]"},
            new String[] {"code_quality", "6"},
            new String[] {"security_practices", "[\"access_control\",\"encryption\",\"audit_logs\"]"},
            new String[] {"compliance_requirements", "[\"gdpr\"]"},
            new String[] {"data_sensitivity", "\"confidential\""},
            new String[] {"monitoring_capabilities", "[\"application_monitoring\",\"alerting\"]"},
            new String[] {"deployment_automation", "\"ci_cd_basic\""}, new String[] {"incident_response", "5"});

    /** A shared HS256 secret for the tests, so that they can mint real tokens. */
    static final String JWT_SECRET = "end-to-end-test-secret-of-at-least-32-bytes";

    @TempDir
    Path scratch;

    private Application application;
    /** Signed in as the test's user. */
    HttpSession http;
    /** The server without credentials. */
    HttpSession anonymous;

    /** The environment that selects this test's audit store. */
    abstract Map<String, String> environment();

    @BeforeEach
    void startAra() {
        start();
    }

    @AfterEach
    void stopAra() {
        if (application != null) {
            application.close();
        }
    }

    private void start() {
        Map<String, String> env = new HashMap<>(environment());
        env.put("ARA_PORT", "0");
        env.put("ARA_HOST", "127.0.0.1");
        env.put("ARA_JWT_SECRET", JWT_SECRET);
        env.putIfAbsent("ARA_DATA_DIR", scratch.toString());
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        anonymous = new HttpSession(application.port());
        http = anonymous.bearer(token("journey-user", Set.of()));
    }

    /** A real HS256 token for a subject, signed with the tests' shared secret. */
    static String token(String subject, Set<String> roles) {
        return new LocalTokenIssuer(JwtSettings.sharedSecret(JWT_SECRET.getBytes(StandardCharsets.UTF_8), null, null),
                Clock.systemUTC()).issue(LocalTokenRequest.of(subject, roles).withEmail(subject + "@example.com"));
    }

    /** Stops and starts ARA on the same store, as an operator's restart would. */
    void restart() {
        application.close();
        application = null;
        start();
    }

    @Test
    void takesAWholeAuditThroughTheApi() {
        HttpSession.Reply questionnaire = http.get("/api/v1/questionnaire");
        assertThat(questionnaire.status()).isEqualTo(200);
        assertThat(questionnaire.header("ETag")).isNotBlank();
        assertThat(questionnaire.body().path("steps")).hasSize(5);

        HttpSession.Reply started = http.post("/api/v1/audits", "{\"organizationName\":\"Acme Retail\"}");
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("id").asText();
        assertThat(started.header("Location")).endsWith("/api/v1/audits/" + id);
        assertThat(started.body().path("status").asText()).isEqualTo("draft");
        assertThat(started.body().path("progress").path("currentStepId").asText()).isEqualTo("organization_overview");
        String audit = "/api/v1/audits/" + id;

        long version = started.body().path("version").asLong();
        List<Integer> answered = new ArrayList<>();
        for (int i = 0; i < WORKED_EXAMPLE.size(); i++) {
            String[] answer = WORKED_EXAMPLE.get(i);
            if (i == 3) {
                assertRejectedValueLeavesTheAuditAlone(audit, version);
            }
            if (i == 10) {
                assertPrematureSubmitListsTheMissingAnswers(audit);
            }
            HttpSession.Reply saved = http.put(audit + "/answers/" + answer[0], "{\"value\":" + answer[1] + "}",
                    "\"" + version + "\"");
            assertThat(saved.status()).as("saving %s", answer[0]).isEqualTo(200);
            assertThat(saved.body().path("version").asLong()).isEqualTo(version + 1);
            version = saved.body().path("version").asLong();
            answered.add(saved.body().path("progress").path("answered").asInt());
        }
        assertThat(answered).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

        HttpSession.Reply complete = http.get(audit);
        assertThat(complete.status()).isEqualTo(200);
        assertThat(complete.header("ETag")).isEqualTo("\"" + version + "\"");
        JsonNode progress = complete.body().path("progress");
        assertThat(progress.path("readyToSubmit").asBoolean()).isTrue();
        assertThat(progress.path("percent").asDouble()).isEqualTo(100.0);
        assertThat(complete.body().path("score").path("total").path("score").asDouble()).isEqualTo(6.5);

        HttpSession.Reply submitted = http.post(audit + "/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertWorkedExampleResult(submitted.body());

        HttpSession.Reply result = http.get(audit + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertWorkedExampleResult(result.body());
        assertThat(result.body().path("calculatedAt").asText()).isEqualTo(submitted.body().path("calculatedAt").asText());

        HttpSession.Reply late = http.put(audit + "/answers/code_quality", "{\"value\":9}", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void takesTheFullAssessmentThroughEveryBranch() throws IOException {
        HttpSession.Reply listed = anonymous.get("/api/v1/questionnaires");
        assertThat(listed.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        listed.body().forEach(q -> ids.add(q.path("id").asText()));
        assertThat(ids).containsExactly("classic", "full");

        JsonNode startup = takeFull("No AI Yet Ltd", FullAssessmentAnswers.NO_AI_STARTUP);
        assertThat(startup.path("profile").path("id").asText()).isEqualTo("startup");
        assertThat(scoredPillars(startup)).as("operations is skipped without AI, so it scores nothing")
                .doesNotContain("operations").hasSize(6);
        assertNoContextQuestionListed(startup);

        JsonNode risky = takeFull("Risky Bank plc", FullAssessmentAnswers.RISKY_REGULATED_ENTERPRISE);
        assertThat(risky.path("profile").path("id").asText()).isEqualTo("regulated");
        assertThat(scoredPillars(risky)).containsExactly("strategy_value", "data_foundations", "technical_platform",
                "security_identity", "governance_risk", "operations", "people_change");
        List<String> insights = new ArrayList<>();
        risky.path("insights").forEach(i -> insights.add(i.path("code").asText()));
        assertThat(insights).contains("write_access_without_audit_trail", "regulated_data_without_oversight",
                "production_without_evaluation");
        assertNoContextQuestionListed(risky);
        assertThat(risky.path("resultVersion").asInt()).isEqualTo(2);
        List<String> windows = new ArrayList<>();
        risky.path("roadmap").forEach(phase -> windows.add(phase.path("window").asText()));
        assertThat(windows).containsExactly("days-1-30", "days-31-60", "days-61-90", "months-4-6", "months-7-12");
        for (int i = 0; i < 3; i++) {
            assertThat(risky.path("roadmap").get(i).path("recommendations")).as("window %s", windows.get(i))
                    .isNotEmpty();
        }
        assertThat(risky.path("nextLevel").path("total").path("next").asText()).isNotBlank();
        assertThat(risky.path("nextLevel").path("bestGains").size()).isBetween(1, 3);
        assertThat(risky.path("knowledgeGaps")).isEmpty();
        assertReportShowsTheFullAssessment(risky.path("auditId").asText());

        JsonNode unknowns = takeFull("Unsure Retail", FullAssessmentAnswers.MANY_UNKNOWNS);
        assertThat(unknowns.path("profile").path("id").asText()).isEqualTo("default");
        List<String> gaps = new ArrayList<>();
        unknowns.path("knowledgeGaps").forEach(gap -> gaps.add(gap.path("question").asText()));
        assertThat(gaps).contains("ai_strategy", "api_descriptions", "idempotent_writes", "machine_identities",
                "incident_response");
        List<String> findOut = new ArrayList<>();
        unknowns.path("recommendations").forEach(r -> {
            if (r.path("kind").asText().equals("find-out")) {
                findOut.add(r.path("questionId").asText());
            }
        });
        assertThat(findOut).contains("ai_strategy", "machine_identities");
        List<String> listedGaps = new ArrayList<>();
        unknowns.path("gaps").forEach(h -> listedGaps.add(h.path("id").asText()));
        assertThat(listedGaps).as("an unknown answer is a knowledge gap, not a gap").doesNotContainAnyElementsOf(gaps);
    }

    /** Starts a {@code full} audit, answers it (with versions), submits it and answers the stored result. */
    private JsonNode takeFull(String organisation, List<String[]> answers) {
        HttpSession.Reply started = http.post("/api/v1/audits",
                "{\"questionnaire\":\"full\",\"organizationName\":\"" + organisation + "\"}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.body().path("progress").path("currentStepId").asText()).isEqualTo("organisation_profile");
        String audit = "/api/v1/audits/" + started.body().path("id").asText();
        long version = started.body().path("version").asLong();
        for (String[] answer : answers) {
            HttpSession.Reply saved = http.put(audit + "/answers/" + answer[0], "{\"value\":" + answer[1] + "}",
                    "\"" + version + "\"");
            assertThat(saved.status()).as("%s saving %s: %s", organisation, answer[0], saved.raw().body())
                    .isEqualTo(200);
            version = saved.body().path("version").asLong();
        }
        JsonNode progress = http.get(audit).body().path("progress");
        assertThat(progress.path("readyToSubmit").asBoolean()).as("%s: %s", organisation, progress).isTrue();
        HttpSession.Reply submitted = http.post(audit + "/submit", null);
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        HttpSession.Reply result = http.get(audit + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().path("questionnaire").path("id").asText()).isEqualTo("full");
        double percent = result.body().path("total").path("percent").asDouble();
        assertThat(percent).isBetween(0.0, 100.0);
        result.body().path("pillars").forEach(pillar -> assertThat(pillar.path("score").asDouble())
                .isBetween(0.0, pillar.path("max").asDouble()));
        return result.body();
    }

    private static List<String> scoredPillars(JsonNode result) {
        List<String> pillars = new ArrayList<>();
        result.path("pillars").forEach(p -> {
            if (p.path("max").asDouble() > 0) {
                pillars.add(p.path("id").asText());
            }
        });
        return pillars;
    }

    private static void assertNoContextQuestionListed(JsonNode result) {
        List<String> listed = new ArrayList<>();
        for (String list : List.of("strengths", "gaps")) {
            result.path(list).forEach(h -> listed.add(h.path("id").asText()));
        }
        result.path("recommendations").forEach(r -> listed.add(r.path("questionId").asText()));
        assertThat(listed).isNotEmpty().doesNotContain("company_size", "industry");
    }

    /** Asks for the technical report of a scored audit, downloads it through the signed link and reads it. */
    private void assertReportShowsTheFullAssessment(String auditId) throws IOException {
        String audit = "/api/v1/audits/" + auditId;
        HttpSession.Reply requested = http.post(audit + "/reports", "{\"template\": \"technical\"}");
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(202);
        String location = requested.header("Location");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode report = http.get(location).body();
        while (!report.path("status").asText().equals("ready")) {
            assertThat(report.path("status").asText()).as("report %s", report).isNotIn("failed", "cancelled");
            assertThat(Instant.now()).as("report ready in time: %s", report).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            report = http.get(location).body();
        }
        HttpSession.Reply redirect = http.get(location + "/download");
        assertThat(redirect.status()).isEqualTo(303);
        // With local storage the link is relative to the server's own origin: resolve it as a browser would.
        byte[] pdf = download(URI.create("http://127.0.0.1:" + application.port() + location)
                .resolve(redirect.header("Location")).toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Strategy and value", "Data foundations", "Technical platform and integration",
                "Security and agent identity", "Governance, risk and compliance", "Operations", "People and change");
        assertThat(text).contains("NIST-AI-RMF GOVERN 1.2", "OWASP-LLM LLM06");
        assertThat(text).containsIgnoringCase("Days 1").containsIgnoringCase("Days 31")
                .containsIgnoringCase("Days 61");
    }

    private static byte[] download(String url) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void assertRejectedValueLeavesTheAuditAlone(String audit, long version) {
        HttpSession.Reply rejected = http.put(audit + "/answers/tech_stack_maturity", "{\"value\":11}", null);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rejected.body().path("errors").get(0).path("field").asText()).isEqualTo("value");
        assertThat(rejected.body().path("errors").get(0).path("rule").asText()).isEqualTo("out_of_range");
        HttpSession.Reply unchanged = http.get(audit);
        assertThat(unchanged.body().path("version").asLong()).isEqualTo(version);
        assertThat(unchanged.body().path("answers").has("tech_stack_maturity")).isFalse();
    }

    private void assertPrematureSubmitListsTheMissingAnswers(String audit) {
        HttpSession.Reply early = http.post(audit + "/submit", null);
        assertThat(early.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        early.body().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).isNotEmpty().allMatch(field -> field.startsWith("answers."))
                .contains("answers.security_practices", "answers.incident_response");
        assertThat(http.get(audit).body().path("status").asText()).isEqualTo("draft");
    }

    private static void assertWorkedExampleResult(JsonNode result) {
        assertThat(result.path("total").path("score").asDouble()).isEqualTo(6.5);
        assertThat(result.path("total").path("max").asDouble()).isEqualTo(10.88);
        assertThat(result.path("total").path("percent").asDouble()).isEqualTo(59.76);
        assertThat(result.path("total").path("level").asText()).isEqualToIgnoringCase("developing");
        assertThat(result.path("profile").path("id").asText()).isEqualTo("default");
        List<Double> pillarScores = new ArrayList<>();
        result.path("pillars").forEach(pillar -> pillarScores.add(pillar.path("score").asDouble()));
        assertThat(pillarScores).containsExactly(4.72, 9.75, 4.6, 4.93);
        assertThat(result.path("recommendations").size()).isPositive();
    }
}
