package ara.adapter.web;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin routes over the real admin services: admins only, dry run by default, problems for bad bodies and busy,
 * statistics over seeded audits and reports, publishing over the shipped catalog.
 */
class AdminApiTest {
    private static final String GUESTS = "/api/v1/admin/maintenance/guest-cleanup";
    private static final String AUDIT_LOG = "/api/v1/admin/maintenance/audit-log-cleanup";
    private static final String WORKER = "seeding-worker";

    private final Api api = new Api();
    private final Api admin = api.asUser("root:admin");
    /** The calls the services made on the stores (a clean-up, even a dry run, asks the audits for expired ones). */
    private final List<String> storeCalls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordAuditCalls() {
        api.backend.hook.set(storeCalls::add);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** A guest audit nobody touched for 31 days: past the 30 days a guest audit without an email is kept. */
    private AuditId expiredGuestAudit() {
        AuditId id = new AuditId(UUID.randomUUID());
        byte[] secret = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(secret, (byte) 7);
        api.backend.storedAudits.create(Audit.startForGuest(id, TestSchemes.classic(2), "Gone Co",
                GuestToken.fromRandomBytes(secret).hash(), TestBackend.START.minus(Duration.ofDays(31))));
        return id;
    }

    /** The guest clean-ups that ran for real (a dry run records nothing). */
    private List<AuditEvent> guestCleanups() {
        return api.backend.log.latest(1_000).stream()
                .filter(event -> event.action().equals("maintenance.guest_cleanup")).toList();
    }

    @Test
    void onlyAdminsReachTheAdminRoutes() {
        AuditId expired = expiredGuestAudit();

        assertThat(api.anonymous().get("/api/v1/admin/stats").status()).isEqualTo(401);
        Api.problem(api.asUser("alice").get("/api/v1/admin/stats"), 404);
        Api.problem(api.asUser("alice").json("POST", GUESTS, "{\"dryRun\":false}"), 404);
        assertThat(storeCalls).as("no clean-up ran, not even a dry run")
                .doesNotContain("audits.expiredGuestAudits");
        assertThat(guestCleanups()).isEmpty();
        assertThat(api.backend.storedAudits.find(expired)).isPresent();
    }

    @Test
    void aBarePostIsADryRunAndDryRunFalseDeletes() {
        AuditId expired = expiredGuestAudit();

        JsonNode dry = admin.send("POST", GUESTS, null).json();
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("job").asText()).isEqualTo("guest-cleanup");
        assertThat(dry.get("ids")).hasSize(1);
        assertThat(api.backend.storedAudits.find(expired)).as("a dry run deletes nothing").isPresent();
        assertThat(guestCleanups()).isEmpty();

        JsonNode real = admin.json("POST", GUESTS, "{\"dryRun\":false}").json();
        assertThat(real.get("dryRun").asBoolean()).isFalse();
        assertThat(real.get("count").asLong()).isEqualTo(1);
        assertThat(api.backend.storedAudits.find(expired)).isEmpty();
        assertThat(guestCleanups()).as("one run deleted, as the admin").extracting(AuditEvent::actor)
                .containsExactly("user:root");
    }

    @Test
    void theAuditLogCleanupAnswersItsOwnJob() {
        JsonNode reply = admin.json("POST", AUDIT_LOG, "{\"dryRun\":true}").json();
        assertThat(reply.get("job").asText()).isEqualTo("audit-log-cleanup");
        assertThat(reply.get("ids")).isEmpty();
    }

    @Test
    void aWrongBodyIsRefusedNamingTheField() {
        JsonNode problem = Api.problem(admin.json("POST", GUESTS, "{\"dryRun\":\"no\"}"), 422);
        assertThat(problem.toString()).contains("dryRun");
        JsonNode unknown = Api.problem(admin.json("POST", GUESTS, "{\"dryrun\":false}"), 422);
        assertThat(unknown.toString()).contains("dryrun");
        assertThat(storeCalls).as("no clean-up ran, not even a dry run")
                .doesNotContain("audits.expiredGuestAudits");
        assertThat(guestCleanups()).isEmpty();
    }

    @Test
    void aCleanupRunningElsewhereIsAConflict() {
        assertThat(api.backend.lease.tryAcquire("guest-cleanup", "another-instance", TestBackend.START,
                Duration.ofMinutes(15))).isTrue();

        JsonNode problem = Api.problem(admin.json("POST", GUESTS, "{\"dryRun\":false}"), 409);
        assertThat(problem.get("detail").asText()).contains("guest-cleanup");
    }

    @Test
    void statsShowEveryStatusAndTheRates() {
        seedAuditsAndReports();

        JsonNode stats = admin.get("/api/v1/admin/stats").json();
        assertThat(stats.get("auditsByStatus").get("draft").asLong()).isEqualTo(3);
        assertThat(stats.get("completionRate").asDouble()).isEqualTo(0.25);
        assertThat(stats.get("guestsConverted").asLong()).isEqualTo(1);
        assertThat(stats.get("reportsByStatus").get("ready").asLong()).isEqualTo(5);
        assertThat(stats.get("queueDepth").asLong()).isEqualTo(3);
    }

    /**
     * Three drafts (one of them a claimed guest audit: a guest converted) and one scored audit; five ready reports,
     * two queued and one rendering.
     */
    private void seedAuditsAndReports() {
        Api.Reply guestAudit = api.anonymous().json("POST", "/api/v1/audits", "{}");
        assertThat(api.as("Authorization", "Bearer user:dave", "X-Guest-Token",
                guestAudit.json().get("guestToken").asText())
                .send("POST", "/api/v1/audits/" + guestAudit.json().get("id").asText() + "/claim", null).status())
                .isEqualTo(200);
        api.startAudit();
        String scored = api.startAudit();
        api.answerAllRequired(scored);
        assertThat(api.send("POST", "/api/v1/audits/" + scored + "/submit", null).status()).isEqualTo(200);
        api.startAudit();

        Instant now = TestBackend.START;
        UnaryOperator<Report> rendering = report -> report.claim(WORKER, now, Duration.ofMinutes(1),
                ReportRetryPolicy.DEFAULT);
        for (int i = 0; i < 5; i++) {
            moveOn(queuedReport(), report -> rendering.apply(report).stored(WORKER, new ReportFile("reports/"
                    + report.auditId() + "/" + report.id() + ".pdf", 1234, "ab".repeat(32), "application/pdf"), now)
                    .ready(WORKER, now));
        }
        queuedReport();
        queuedReport();
        moveOn(queuedReport(), rendering);
    }

    /** A queued report of an audit of its own. */
    private Report queuedReport() {
        return api.backend.reports.createUnlessActive(Report.request(new ReportId(UUID.randomUUID()),
                new AuditId(UUID.randomUUID()), ReportTemplate.DEFAULT, ReportOptions.none(), TestBackend.START));
    }

    private void moveOn(Report report, UnaryOperator<Report> progress) {
        api.backend.reports.update(report.id(), progress);
    }

    /** The shipped classic questionnaire as a new version 2, with {@code change} made to it. */
    private static String classicVersion2(UnaryOperator<ObjectNode> change) {
        try (InputStream shipped = ClasspathQuestionnaireCatalog.class.getResourceAsStream("classic-v1.json")) {
            ObjectNode document = (ObjectNode) Api.JSON.readTree(shipped);
            document.put("version", 2);
            return Api.JSON.writeValueAsString(change.apply(document));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishingAnswersCreatedWithThePublicLocation() {
        String document = classicVersion2(UnaryOperator.identity());

        Api.Reply reply = admin.json("POST", "/api/v1/admin/questionnaires", document);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/questionnaires/classic/versions/2");
        assertThat(reply.json().get("source").asText()).isEqualTo("published");
        assertThat(reply.json().get("publishedBy").asText()).isEqualTo("user:root");
        assertThat(api.backend.published.all().getFirst().json()).as("the document as sent").isEqualTo(document);
    }

    @Test
    void anInvalidQuestionnaireIsAProblemNamingTheElement() {
        String broken = classicVersion2(document -> {
            ObjectNode step = (ObjectNode) document.get("steps").get(0);
            ObjectNode question = (ObjectNode) step.get("questions").get(1);
            ObjectNode option = (ObjectNode) question.get("options").get(0);
            option.put("weight", "heavy");
            return document;
        });
        JsonNode parsed = readTree(broken).get("steps").get(0);
        String element = "steps[" + parsed.get("id").asText() + "].questions["
                + parsed.get("questions").get(1).get("id").asText() + "].options["
                + parsed.get("questions").get(1).get("options").get(0).get("id").asText() + "].weight";

        JsonNode problem = Api.problem(admin.json("POST", "/api/v1/admin/questionnaires", broken), 422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(element);
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("invalid_questionnaire");
        Api.problem(admin.json("POST", "/api/v1/admin/questionnaires", "[1]"), 400);
        Api.problem(api.asUser("alice").json("POST", "/api/v1/admin/questionnaires", "{}"), 404);
        assertThat(api.backend.published.all()).isEmpty();
    }

    private static JsonNode readTree(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void listsTheVersions() {
        JsonNode items = admin.get("/api/v1/admin/questionnaires").json().get("items");
        // The two shipped questionnaires, classic v1 and full v1.
        assertThat(items).extracting(item -> item.get("id").asText() + " v" + item.get("version").asInt())
                .containsExactlyInAnyOrder("classic v1", "full v1");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("source").asText()).isEqualTo("shipped");
            assertThat(item.get("publishedAt").isNull()).isTrue();
        });
    }

    /** The shipped full questionnaire's document as version {@code version}, as published from the file. */
    private static String fullVersion(int version) {
        try (InputStream shipped = ClasspathQuestionnaireCatalog.class.getResourceAsStream("full-v1.json")) {
            String document = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            return document.replaceFirst("\"version\"\\s*:\\s*1,", "\"version\": " + version + ",");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishesTheFullQuestionnaireThoughItIsLargerThanTheApisBodyLimit() {
        String document = fullVersion(2);
        assertThat(document.getBytes(StandardCharsets.UTF_8).length).as("the point of this test")
                .isGreaterThan((int) WebSettings.DEFAULT_MAX_REQUEST_BYTES);

        Api.Reply reply = admin.json("POST", "/api/v1/admin/questionnaires", document);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/questionnaires/full/versions/2");
        assertThat(reply.json().get("questions").asInt()).isEqualTo(61);
        assertThat(api.backend.published.all()).singleElement()
                .satisfies(published -> assertThat(published.json()).isEqualTo(document));
    }

    @Test
    void aLargeDocumentIsPublishedOnceUnderAnIdempotencyKey() {
        String document = fullVersion(3);

        Api.Reply first = admin.json("POST", "/api/v1/admin/questionnaires", document, "Idempotency-Key", "full-3");
        Api.Reply again = admin.json("POST", "/api/v1/admin/questionnaires", document, "Idempotency-Key", "full-3");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.backend.published.all()).hasSize(1);
    }

    @Test
    void aDocumentOverTheQuestionnaireLimitIsContentTooLargeNamingTheLimit() {
        String document = fullVersion(2);
        int size = document.getBytes(StandardCharsets.UTF_8).length;
        long limit = size - 1;
        try (Api small = new Api(Api.testSettings().withMaxQuestionnaireBytes(limit))) {
            Api smallAdmin = small.asUser("root:admin");

            JsonNode declared = Api.problem(smallAdmin.json("POST", "/api/v1/admin/questionnaires", document), 413);
            JsonNode streamed = Api.problem(chunked(small, document), 413);

            assertThat(declared.get("type").asText()).isEqualTo("urn:ara:problem:content-too-large");
            assertThat(declared.get("detail").asText()).contains(Long.toString(limit));
            assertThat(streamed.get("detail").asText()).contains(Long.toString(limit));
            assertThat(small.backend.published.all()).isEmpty();
            assertThat(smallAdmin.json("POST", "/api/v1/admin/questionnaires", fullVersion(4).replaceFirst(
                    "\\s+", "")).status()).as("a document just within the limit").isEqualTo(201);
        }
    }

    @Test
    void theDefaultQuestionnaireLimitIsOneMebibyte() {
        String padded = fullVersion(2) + " ".repeat((int) WebSettings.DEFAULT_MAX_QUESTIONNAIRE_BYTES);

        JsonNode problem = Api.problem(admin.json("POST", "/api/v1/admin/questionnaires", padded), 413);

        assertThat(problem.get("detail").asText()).contains("1048576");
        assertThat(api.backend.published.all()).isEmpty();
    }

    /** The document sent without a declared length (chunked), so the limit is found while reading. */
    private static Api.Reply chunked(Api server, String document) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.server.port() + "/api/v1/admin/questionnaires"))
                .header("Authorization", "Bearer user:root:admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        document.getBytes(StandardCharsets.UTF_8))))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), Map.of("content-type",
                    response.headers().firstValue("Content-Type").orElse("")), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
