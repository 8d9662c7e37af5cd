package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /r2/grants} over HTTP: what the body must hold for each operation, who may have a grant, the upload
 * limit for upload grants, and the answer when no edge worker is configured. Every reply is checked against the
 * OpenAPI document.
 */
class EdgeGrantApiTest extends FreshApiTest {

    private static Api.Reply uploadGrant(Api as, String audit, String contentType, long size) {
        return as.json("POST", "/r2/grants", "{\"operation\": \"upload\", \"auditId\": \"" + audit
                + "\", \"contentType\": \"" + contentType + "\", \"size\": " + size + "}");
    }

    private static Api.Reply grant(Api as, String operation, String key) {
        return as.json("POST", "/r2/grants", "{\"operation\": \"" + operation + "\", \"key\": \"" + key + "\"}");
    }

    @Test
    void theOwnerGetsAnUploadGrantNamingTheWorkerRouteTypeAndSize() {
        String audit = api.startAudit();

        Api.Reply reply = uploadGrant(api, audit, "image/png", 2048);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode grant = reply.json();
        assertThat(grant.get("operation").asText()).isEqualTo("upload");
        assertThat(grant.get("key").asText()).startsWith("uploads/" + audit + "/");
        assertThat(grant.get("method").asText()).isEqualTo("POST");
        assertThat(grant.get("url").asText())
                .startsWith(TestEdgeGrantSigner.BASE + "upload?key=" + grant.get("key").asText());
        assertThat(grant.get("contentType").asText()).isEqualTo("image/png");
        assertThat(grant.get("size").asLong()).isEqualTo(2048);
        assertThat(grant.hasNonNull("expiresAt")).isTrue();
    }

    @Test
    void downloadAndDeleteGrantsAreForTheOwnersObjectsAndCarryNoTypeOrSize() {
        String audit = api.startAudit();
        String key = uploadGrant(api, audit, "image/png", 10).json().get("key").asText();
        Api bob = api.asUser("bob");

        JsonNode download = grant(api, "download", key).json();
        assertThat(download.get("method").asText()).isEqualTo("GET");
        assertThat(download.get("url").asText()).startsWith(TestEdgeGrantSigner.BASE + "download?key=" + key);
        assertThat(download.has("contentType")).isFalse();
        assertThat(download.has("size")).isFalse();
        assertThat(grant(api, "delete", key).json().get("method").asText()).isEqualTo("DELETE");

        Api.problem(grant(bob, "download", key), 404);
        Api.problem(grant(bob, "delete", key), 404);
        Api.problem(uploadGrant(bob, audit, "image/png", 10), 404);
        Api.problem(grant(api.anonymous(), "download", key), 401);
        Api.problem(grant(api, "download", "uploads/" + audit + "/made-up"), 404);
        Api.problem(grant(api, "download", "../../etc/passwd"), 404);
    }

    @Test
    void aReportsDocumentMayBeDownloadedButNotDeletedAtTheEdge() {
        String audit = api.startAudit();
        api.answerAllRequired(audit);
        api.send("POST", "/api/v1/audits/" + audit + "/submit", null);
        String report = api.send("POST", "/api/v1/audits/" + audit + "/reports", null).json().get("id").asText();
        String key = api.backend.finishReport(report).file().orElseThrow().key();

        assertThat(grant(api, "download", key).status()).isEqualTo(200);
        assertThat(Api.problem(grant(api, "delete", key), 409).get("detail").asText())
                .contains("DELETE /api/v1/reports/" + report);
    }

    @Test
    void eachOperationNamesTheFieldsItNeedsAndRefusesTheRest() {
        String audit = api.startAudit();

        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/grants", "{}"), 422)))
                .containsExactly("operation required");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/grants", "{\"operation\": \"move\"}"), 422)))
                .containsExactly("operation one_of");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/grants", "{\"operation\": 3}"), 422)))
                .containsExactly("operation wrong_type");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/grants", "{\"operation\": \"download\","
                + " \"auditId\": \"" + audit + "\"}"), 422))).containsExactlyInAnyOrder("key required",
                "auditId unknown_field");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/grants", "{\"operation\": \"upload\", \"key\":"
                + " \"uploads/x\"}"), 422))).containsExactlyInAnyOrder("auditId required", "contentType required",
                "size required", "key unknown_field");
        assertThat(Api.errors(Api.problem(uploadGrant(api, audit, "image/gif", 10), 422)))
                .containsExactly("contentType unsupported");
        assertThat(Api.errors(Api.problem(uploadGrant(api, audit, "image/png", 524_289), 422)))
                .containsExactly("size out_of_range");
        Api.problem(api.send("POST", "/r2/grants", null), 400);
    }

    @Test
    void uploadGrantsCountAgainstTheAuditsUploadLimitAndOtherGrantsDoNot() {
        api.backend.limit(Scope.UPLOADS_PER_AUDIT, 1);
        String audit = api.startAudit();
        String key = uploadGrant(api, audit, "image/png", 10).json().get("key").asText();

        assertThat(Api.errors(Api.problem(uploadGrant(api, audit, "image/png", 10), 429)))
                .containsExactly("uploads_per_audit rate_limit");
        assertThat(Api.problem(api.json("POST", "/r2/upload", "{\"auditId\": \"" + audit + "\", \"contentType\":"
                + " \"image/png\", \"size\": 10}"), 429)).isNotNull();
        assertThat(grant(api, "download", key).status()).isEqualTo(200);
        assertThat(grant(api, "download", key).status()).isEqualTo(200);
    }

    @Test
    void withoutAnEdgeWorkerEveryGrantIsRefusedSayingWhy() {
        try (Api noEdge = new Api(TestBackend.withoutEdgeWorker())) {
            String audit = noEdge.startAudit();

            JsonNode refused = Api.problem(uploadGrant(noEdge, audit, "image/png", 10), 404);
            assertThat(refused.get("type").asText()).isEqualTo("urn:ara:problem:edge-grants-disabled");
            assertThat(refused.get("detail").asText()).contains("ARA_EDGE_WORKER_URL", "/r2/upload");
            Api.problem(grant(noEdge, "download", "uploads/" + audit + "/x"), 404);
        }
    }
}
