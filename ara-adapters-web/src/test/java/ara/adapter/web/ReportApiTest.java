package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report routes over HTTP: requesting (202, Location, de-duplication, every field problem at once), reading,
 * listing, cancelling and deleting, the 303 to the document, fresh links, access (401/404) and the per-audit limit.
 * Every reply is also checked against the OpenAPI document.
 */
class ReportApiTest extends FreshApiTest {

    private String scoredAudit() {
        String id = api.startAudit();
        api.answerAllRequired(id);
        assertThat(api.send("POST", "/api/v1/audits/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }

    private static String reports(String audit) {
        return "/api/v1/audits/" + audit + "/reports";
    }

    @Test
    void aRequestIsQueuedWith202AndTheReportsLocation() {
        String audit = scoredAudit();

        Api.Reply reply = api.json("POST", reports(audit), """
                {"template": "executive", "customization": {"organizationName": "Acme EU", "brandColour": "#1f6feb"}}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode report = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/reports/" + report.get("id").asText());
        assertThat(report.get("auditId").asText()).isEqualTo(audit);
        assertThat(report.get("status").asText()).isEqualTo("queued");
        assertThat(report.get("progress").asInt()).isZero();
        assertThat(report.get("template").asText()).isEqualTo("executive");
        assertThat(report.get("customization").get("organizationName").asText()).isEqualTo("Acme EU");
        assertThat(report.get("customization").get("brandColour").asText()).isEqualTo("#1F6FEB");
        assertThat(report.get("attempts").asInt()).isZero();
        assertThat(report.get("error").isNull()).isTrue();
        assertThat(report.get("document").isNull()).isTrue();
        assertThat(api.get(reply.header("Location")).json().get("id")).isEqualTo(report.get("id"));
    }

    @Test
    void anEmptyBodyAsksForTheStandardReport() {
        Api.Reply reply = api.send("POST", reports(scoredAudit()), null);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().get("template").asText()).isEqualTo("standard");
        assertThat(reply.json().get("customization").get("brandColour").isNull()).isTrue();
    }

    @Test
    void anIdenticalRequestWhileOneIsActiveReturnsTheSameJobAndAnotherOneMakesANewJob() {
        String audit = scoredAudit();
        String first = api.json("POST", reports(audit), "{\"template\": \"technical\"}").json().get("id").asText();

        Api.Reply again = api.json("POST", reports(audit), "{\"template\": \"technical\"}");
        Api.Reply other = api.json("POST", reports(audit), "{\"template\": \"executive\"}");

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asText()).isEqualTo(first);
        assertThat(other.json().get("id").asText()).isNotEqualTo(first);
        assertThat(api.get(reports(audit)).json().get("items")).hasSize(2);
    }

    @Test
    void everyFieldProblemIsReportedAtOnceAndNothingIsQueued() {
        String audit = scoredAudit();

        JsonNode problem = Api.problem(api.json("POST", reports(audit), """
                {"template": "glossy", "colour": "red", "customization": {"brandColour": "#12345G",
                 "organizationName": 7, "logo": "x"}}"""), 422);

        assertThat(Api.errors(problem)).containsExactlyInAnyOrder("template unknown_template",
                "customization.brandColour invalid_format", "customization.organizationName wrong_type",
                "customization.logo unknown_field", "colour unknown_field");
        assertThat(api.get(reports(audit)).json().get("items")).isEmpty();
        assertThat(Api.errors(Api.problem(api.json("POST", reports(audit), "{\"customization\": \"blue\"}"), 422)))
                .containsExactly("customization wrong_type");
        assertThat(Api.errors(Api.problem(api.json("POST", reports(audit),
                "{\"customization\": {\"organizationName\": \"" + "x".repeat(201) + "\"}}"), 422)))
                .containsExactly("customization.organizationName too_long");
    }

    @Test
    void aLogoMustBeAnUploadOfTheSameAudit() {
        String audit = scoredAudit();
        String otherAudit = scoredAudit();
        String foreignKey = api.json("POST", "/r2/upload", "{\"auditId\": \"" + otherAudit
                + "\", \"contentType\": \"image/png\", \"size\": 100}").json().get("key").asText();
        String ownKey = api.json("POST", "/r2/upload", "{\"auditId\": \"" + audit
                + "\", \"contentType\": \"image/png\", \"size\": 100}").json().get("key").asText();

        JsonNode problem = Api.problem(api.json("POST", reports(audit), "{\"customization\": {\"logoKey\": \""
                + foreignKey + "\"}}"), 422);
        Api.Reply accepted = api.json("POST", reports(audit), "{\"customization\": {\"logoKey\": \"" + ownKey
                + "\"}}");

        assertThat(Api.errors(problem)).containsExactly("customization.logoKey not_uploaded");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("customization").get("logoKey").asText()).isEqualTo(ownKey);
    }

    @Test
    void onlyAScoredAuditHasReports() {
        String draft = api.startAudit();

        JsonNode problem = Api.problem(api.send("POST", reports(draft), null), 409);

        assertThat(problem.get("detail").asText()).contains("draft");
    }

    @Test
    void strangersGet404AndAnonymousCallers401ForTheAuditAndItsReports() {
        String audit = scoredAudit();
        String report = api.send("POST", reports(audit), null).json().get("id").asText();
        Api bob = api.asUser("bob");

        Api.problem(bob.send("POST", reports(audit), null), 404);
        Api.problem(bob.get(reports(audit)), 404);
        Api.problem(bob.get("/api/v1/reports/" + report), 404);
        Api.problem(bob.send("DELETE", "/api/v1/reports/" + report, null), 404);
        Api.problem(bob.get("/api/v1/reports/" + report + "/download"), 404);
        Api.problem(bob.send("POST", "/api/v1/reports/" + report + "/link", null), 404);
        Api.problem(api.anonymous().get("/api/v1/reports/" + report), 401);
        Api.problem(api.get("/api/v1/reports/" + UUID.randomUUID()), 404);
        Api.problem(api.get("/api/v1/reports/not-a-uuid"), 400);
        assertThat(api.asUser("admin:admin").get("/api/v1/reports/" + report).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/" + report).json().get("status").asText()).isEqualTo("queued");
    }

    @Test
    void theDocumentIsA303ToAFreshLinkOnceReadyAnd409Before() {
        String audit = scoredAudit();
        String report = api.send("POST", reports(audit), null).json().get("id").asText();
        String path = "/api/v1/reports/" + report;

        assertThat(Api.problem(api.get(path + "/download"), 409).get("detail").asText()).contains("queued");
        Api.problem(api.send("POST", path + "/link", null), 409);
        api.backend.finishReport(report);
        Api.Reply download = api.get(path + "/download");
        Api.Reply link = api.send("POST", path + "/link", null);

        assertThat(download.status()).isEqualTo(303);
        assertThat(download.header("Location")).startsWith(TestObjectStorage.BASE + "reports/" + audit + "/" + report);
        assertThat(download.body()).isEmpty();
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.json().get("url").asText()).isEqualTo(download.header("Location"));
        assertThat(link.json().get("expiresAt").asText()).isEqualTo("2026-12-03T10:15:30Z");
        JsonNode ready = api.get(path).json();
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("progress").asInt()).isEqualTo(100);
        assertThat(ready.get("document").get("size").asLong()).isEqualTo(1234);
    }

    @Test
    void withLinksAraServesTheDownloadIsRelativeToThePagesOriginAndSavedUnderItsName() {
        api.backend.storage.leadToAra();
        String audit = scoredAudit();
        String report = api.send("POST", reports(audit), null).json().get("id").asText();
        String path = "/api/v1/reports/" + report;
        api.backend.finishReport(report);

        Api.Reply download = api.get(path + "/download");
        Api.Reply link = api.send("POST", path + "/link", null);

        String location = download.header("Location");
        assertThat(download.status()).isEqualTo(303);
        assertThat(location).as("no ARA_PUBLIC_URL origin").startsWith("/api/v1/files/reports/" + audit + "/" + report)
                .doesNotContain(TestObjectStorage.ARA_PUBLIC_URL);
        assertThat(link.json().get("url").asText()).isEqualTo(location);
        Api.Reply file = api.anonymous().get(location);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment; filename=\"")
                .contains("-standard-").endsWith(".pdf");
    }

    @Test
    void deleteCancelsAnActiveReportAndRemovesAFinishedOne() {
        String audit = scoredAudit();
        String path = "/api/v1/reports/" + api.send("POST", reports(audit), null).json().get("id").asText();

        Api.Reply cancelled = api.send("DELETE", path, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(api.get(path).json().get("status").asText()).isEqualTo("cancelled");

        Api.Reply removed = api.send("DELETE", path, null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        Api.problem(api.get(path), 404);
    }

    @Test
    void reportRequestsCountAgainstTheAuditsReportLimit() {
        api.backend.limit(Scope.REPORTS_PER_AUDIT, 2);
        String audit = scoredAudit();
        String other = scoredAudit();

        assertThat(api.json("POST", reports(audit), "{\"template\": \"standard\"}").status()).isEqualTo(202);
        assertThat(api.json("POST", reports(audit), "{\"template\": \"executive\"}").status()).isEqualTo(202);
        JsonNode refused = Api.problem(api.json("POST", reports(audit), "{\"template\": \"technical\"}"), 429);

        assertThat(Api.errors(refused)).containsExactly("reports_per_audit rate_limit");
        assertThat(api.send("POST", reports(other), null).status()).isEqualTo(202);
        assertThat(api.get(reports(audit)).status()).as("reading is not limited").isEqualTo(200);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyIsReplayed() {
        String audit = scoredAudit();

        Api.Reply first = api.json("POST", reports(audit), "{}", "Idempotency-Key", "report-1");
        Api.Reply replay = api.json("POST", reports(audit), "{}", "Idempotency-Key", "report-1");

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void anAuditWithAReportIsStillReadable() {
        String audit = scoredAudit();
        api.backend.storedAudits.update(AuditId.parse(audit), scored -> scored.moveTo(AuditStatus.REPORT_READY,
                scored.updatedAt()));

        assertThat(api.send("POST", reports(audit), null).status()).isEqualTo(202);
        assertThat(api.get("/api/v1/audits/" + audit).json().get("status").asText()).isEqualTo("report_ready");
    }
}
