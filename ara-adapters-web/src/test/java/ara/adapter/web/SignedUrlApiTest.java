package ara.adapter.web;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.StorageHealth;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-URL service ({@code /r2/*}) and the links ARA serves itself ({@code /api/v1/files/…}) over HTTP: who
 * may ask, what is validated, the per-audit upload limit, the health check. Every reply is checked against the
 * OpenAPI document.
 */
class SignedUrlApiTest extends FreshApiTest {

    private Api.Reply upload(Api as, String audit, String contentType, long size) {
        return as.json("POST", "/r2/upload", "{\"auditId\": \"" + audit + "\", \"contentType\": \"" + contentType
                + "\", \"size\": " + size + "}");
    }

    @Test
    void theOwnerGetsAnUploadLinkForAKeyUnderTheAudit() {
        String audit = api.startAudit();

        Api.Reply reply = upload(api, audit, "image/png", 524_288);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode link = reply.json();
        assertThat(link.get("key").asText()).startsWith("uploads/" + audit + "/");
        assertThat(link.get("method").asText()).isEqualTo("PUT");
        assertThat(link.get("contentType").asText()).isEqualTo("image/png");
        assertThat(link.get("size").asLong()).isEqualTo(524_288);
        assertThat(link.get("url").asText()).startsWith(TestObjectStorage.BASE + link.get("key").asText());
    }

    @Test
    void anUploadIsAPngOrJpegOfAtMost512KiB() {
        String audit = api.startAudit();

        assertThat(Api.errors(Api.problem(upload(api, audit, "image/gif", 10), 422)))
                .containsExactly("contentType unsupported");
        assertThat(Api.errors(Api.problem(upload(api, audit, "image/jpeg", 524_289), 422)))
                .containsExactly("size out_of_range");
        assertThat(Api.errors(Api.problem(upload(api, audit, "image/jpeg", 0), 422)))
                .containsExactly("size out_of_range");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/upload", "{\"size\": \"big\", \"extra\": 1}"), 422)))
                .containsExactlyInAnyOrder("auditId required", "contentType required", "size wrong_type",
                        "extra unknown_field");
        assertThat(Api.errors(Api.problem(api.json("POST", "/r2/upload", "{\"auditId\": \"x\", \"contentType\":"
                + " \"image/png\", \"size\": 1}"), 422))).containsExactly("auditId invalid_format");
        Api.problem(api.send("POST", "/r2/upload", null), 400);
    }

    @Test
    void onlyTheOwnerMayUploadLinkOrDelete() {
        String audit = api.startAudit();
        String key = upload(api, audit, "image/png", 10).json().get("key").asText();
        Api bob = api.asUser("bob");

        Api.problem(upload(bob, audit, "image/png", 10), 404);
        Api.problem(bob.get("/r2/download?key=" + key), 404);
        Api.problem(bob.send("DELETE", "/r2/delete?key=" + key, null), 404);
        JsonNode anonymous = Api.problem(upload(api.anonymous(), audit, "image/png", 10), 401);
        assertThat(anonymous.get("type").asText()).isEqualTo("urn:ara:problem:authentication-required");
        Api.problem(api.anonymous().get("/r2/download?key=" + key), 401);
        Api.problem(api.as("Authorization", "Bearer forged").get("/r2/download?key=" + key), 401);

        Api.Reply link = api.get("/r2/download?key=" + key);
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.json().get("key").asText()).isEqualTo(key);
        assertThat(api.send("DELETE", "/r2/delete?key=" + key, null).status()).isEqualTo(204);
        Api.problem(api.get("/r2/download?key=" + key), 404);
    }

    @Test
    void keysAreLookedUpNotParsed() {
        String audit = api.startAudit();

        Api.problem(api.get("/r2/download?key=uploads/" + audit + "/made-up"), 404);
        Api.problem(api.get("/r2/download?key=../../etc/passwd"), 404);
        Api.problem(api.get("/r2/download"), 400);
        Api.problem(api.send("DELETE", "/r2/delete", null), 400);
    }

    @Test
    void aReportsDocumentIsLinkedButNotDeletedThroughTheSignedUrlService() {
        String audit = api.startAudit();
        api.answerAllRequired(audit);
        api.send("POST", "/api/v1/audits/" + audit + "/submit", null);
        String report = api.send("POST", "/api/v1/audits/" + audit + "/reports", null).json().get("id").asText();
        String key = api.backend.finishReport(report).file().orElseThrow().key();

        assertThat(api.get("/r2/download?key=" + key).status()).isEqualTo(200);
        assertThat(Api.problem(api.send("DELETE", "/r2/delete?key=" + key, null), 409).get("detail").asText())
                .contains("DELETE /api/v1/reports/" + report);
    }

    @Test
    void uploadsCountAgainstTheAuditsUploadLimit() {
        api.backend.limit(Scope.UPLOADS_PER_AUDIT, 1);
        String audit = api.startAudit();
        String other = api.startAudit();

        assertThat(upload(api, audit, "image/png", 10).status()).isEqualTo(200);
        JsonNode refused = Api.problem(upload(api, audit, "image/png", 10), 429);

        assertThat(Api.errors(refused)).containsExactly("uploads_per_audit rate_limit");
        assertThat(upload(api, other, "image/png", 10).status()).isEqualTo(200);
        assertThat(api.backend.limiter.keys()).contains("uploads_per_audit:" + audit);
    }

    @Test
    void theHealthCheckSaysUpOrDownAndIsNeverLimited() {
        api.backend.limit(Scope.API_PER_IP, 1);

        Api.Reply up = api.anonymous().get("/r2/health");
        api.backend.storage.health(StorageHealth.down("bucket ara-test: connection refused"));
        Api.Reply down = api.anonymous().get("/r2/health");

        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("UP");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.json().get("detail").asText()).contains("connection refused");
        assertThat(up.header("RateLimit-Limit")).isNull();
    }

    @Test
    void signedFilesAreServedAndStoredThroughTheirLinks() throws Exception {
        api.backend.storage.put(new ObjectKey("reports/a/b.pdf"), "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII),
                ContentType.PDF, ObjectMetadata.EMPTY);

        Api.Reply file = api.anonymous().get("/api/v1/files/reports/a/b.pdf?signature=good");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.body()).isEqualTo("%PDF-1.7 test");
        assertThat(file.header("Content-Disposition")).as("an unnamed link shows the file in place").isNull();
        Api.Reply named = api.anonymous().get("/api/v1/files/reports/a/b.pdf?signature=good"
                + "&name=Caf%C3%A9-standard-2026-12-07.pdf&fn=cafe-standard-2026-12-07.pdf");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.header("Content-Disposition")).isEqualTo("attachment; filename=\"cafe-standard-2026-12-07.pdf"
                + "\"; filename*=UTF-8''Caf%C3%A9-standard-2026-12-07.pdf");
        Api.problem(api.anonymous().get("/api/v1/files/reports/a/b.pdf?signature=forged"), 403);
        Api.problem(api.anonymous().get("/api/v1/files/reports/a/b.pdf"), 400);
        Api.problem(api.anonymous().get("/api/v1/files/reports/a/missing.pdf?signature=good"), 404);

        // A logo larger than the API's request limit (64 KiB): the file route streams it to the storage.
        byte[] logo = new byte[200_000];
        logo[0] = (byte) 0x89;
        HttpResponse<String> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + api.server.port() + "/api/v1/files/uploads/a/logo?signature=good"))
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(logo)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(api.backend.storage.get(new ObjectKey("uploads/a/logo")).orElseThrow().content()).isEqualTo(logo);
        Api.Reply refused = api.anonymous().send("PUT", "/api/v1/files/uploads/a/logo?signature=bad", "x",
                "Content-Type", "image/png");
        assertThat(Api.problem(refused, 403).get("type").asText()).isEqualTo("urn:ara:problem:link-refused");
    }
}
