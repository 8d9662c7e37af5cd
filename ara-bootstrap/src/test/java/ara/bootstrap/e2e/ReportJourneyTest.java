package ara.bootstrap.e2e;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiReportRepository;
import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.S3Server;
import ara.domain.report.Report;
import ara.domain.report.ReportRetryPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports end to end, through the production wiring and real HTTP, on the embedded default (H2 file, the local
 * storage with links ARA signs and serves itself, the PDF renderer): a scored audit's report polled until ready and
 * downloaded through the 303 as a real PDF; de-duplication, cancelling and deleting; strangers; a storage outage
 * during rendering (jobs retry and complete after recovery, none lost, none duplicated); a job left rendering by a
 * crashed instance taken over after a restart once its lease lapsed.
 */
class ReportJourneyTest {
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private final List<Application> running = new ArrayList<>();

    @AfterEach
    void stopAra() {
        running.forEach(Application::close);
    }

    private HttpSession start(String... variables) {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_REPORT_POLL_INTERVAL", "20ms", "ARA_REPORT_RETRY_DELAY", "100ms"));
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        Application application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        running.add(application);
        return new HttpSession(application.port());
    }

    private static HttpSession user(HttpSession server, String subject) {
        return server.bearer(AuditJourneyContract.token(subject, Set.of()));
    }

    /** A submitted (scored) audit of the caller, answered with the worked example. */
    private static String scoredAudit(HttpSession http) {
        String audit = "/api/v1/audits/" + http.post("/api/v1/audits", "{\"organizationName\": \"Acme Retail\"}")
                .body().path("id").asText();
        answerAndSubmit(http, audit);
        return audit;
    }

    /** Answers the worked example in one PATCH and submits (also used by the erasure test). */
    static void answerAndSubmit(HttpSession http, String audit) {
        StringBuilder answers = new StringBuilder("{\"answers\": {");
        for (String[] answer : AuditJourneyContract.WORKED_EXAMPLE) {
            answers.append(answers.length() > 13 ? "," : "").append('"').append(answer[0]).append("\":")
                    .append(answer[1]);
        }
        assertThat(http.patch(audit + "/answers", answers + "}}").status()).isEqualTo(200);
        assertThat(http.post(audit + "/submit", null).status()).isEqualTo(200);
    }

    /** Polls the report until {@code done} holds (or the deadline passes), and answers its last state. */
    private static JsonNode awaitReport(HttpSession http, String location, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(DEADLINE);
        JsonNode report = http.get(location).body();
        while (!done.test(report)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("report not done within " + DEADLINE + ": " + report);
            }
            sleep(Duration.ofMillis(50));
            report = http.get(location).body();
        }
        return report;
    }

    private static boolean isReady(JsonNode report) {
        return report.path("status").asText().equals("ready");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Fetches a URL without credentials (as a browser following the link would); a relative one (the links ARA serves
     * itself) against the last started instance, as a browser resolves it against the page's origin.
     */
    private HttpResponse<byte[]> fetch(String url) {
        URI resolved = URI.create("http://127.0.0.1:" + running.getLast().port() + "/").resolve(url);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(resolved).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGuestsScoredAuditBecomesAPdfDownloadedThroughTheRedirect() {
        HttpSession server = start("ARA_GUEST_SUBMIT", "open");
        JsonNode started = server.post("/api/v1/audits", "{\"organizationName\": \"Acme Retail\"}").body();
        HttpSession guest = server.guest(started.path("guestToken").asText());
        String audit = "/api/v1/audits/" + started.path("id").asText();
        answerAndSubmit(guest, audit);

        HttpSession.Reply requested = guest.post(audit + "/reports", """
                {"template": "executive", "customization": {"organizationName": "Acme Europe", "brandColour": "#0a7f5a"}}""");
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(202);
        String location = requested.header("Location");
        JsonNode ready = awaitReport(guest, location, ReportJourneyTest::isReady);

        assertThat(ready.path("progress").asInt()).isEqualTo(100);
        assertThat(ready.path("attempts").asInt()).isEqualTo(1);
        assertThat(ready.path("document").path("contentType").asText()).isEqualTo("application/pdf");
        HttpSession.Reply redirect = guest.get(location + "/download");
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.header("Location")).as("relative to the page's origin, not ARA_PUBLIC_URL")
                .startsWith("/api/v1/files/reports/");
        HttpResponse<byte[]> pdf = fetch(redirect.header("Location"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        String day = ready.path("updatedAt").asText().substring(0, 10);
        assertThat(pdf.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"acme-europe-"
                + "executive-" + day + ".pdf\"; filename*=UTF-8''Acme%20Europe-executive-" + day + ".pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.body()).hasSize(ready.path("document").path("size").asInt());
        assertThat(sha256(pdf.body())).isEqualTo(ready.path("document").path("sha256").asText());
        assertThat(guest.get(audit).body().path("status").asText()).isEqualTo("report_ready");
        JsonNode link = guest.post(location + "/link", null).body();
        assertThat(fetch(link.path("url").asText()).body()).isEqualTo(pdf.body());
        assertThat(fetch(link.path("url").asText().replace("signature=", "signature=x")).statusCode())
                .as("a tampered link").isEqualTo(403);
    }

    @Test
    void identicalRequestsMakeOneJobCancellingStopsItAndStrangersSeeNothing() {
        // No workers: jobs stay queued, so de-duplication and cancelling are deterministic.
        HttpSession server = start("ARA_REPORT_WORKERS", "0");
        HttpSession alice = user(server, "alice");
        String audit = scoredAudit(alice);

        String first = alice.post(audit + "/reports", "{\"template\": \"technical\"}").header("Location");
        String again = alice.post(audit + "/reports", "{\"template\": \"technical\"}").header("Location");
        String other = alice.post(audit + "/reports", "{\"template\": \"standard\"}").header("Location");

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(alice.get(audit + "/reports").body().path("items")).hasSize(2);
        HttpSession bob = user(server, "bob");
        assertThat(bob.get(first).status()).isEqualTo(404);
        assertThat(bob.delete(first).status()).isEqualTo(404);
        assertThat(bob.get(audit + "/reports").status()).isEqualTo(404);
        assertThat(server.anonymous().get(first).status()).isEqualTo(401);
        assertThat(alice.get(first + "/download").status()).isEqualTo(409);

        HttpSession.Reply cancelled = alice.delete(first);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("cancelled");
        assertThat(alice.post(audit + "/reports", "{\"template\": \"technical\"}").header("Location"))
                .as("a cancelled job is not joined").isNotEqualTo(first);
        assertThat(alice.delete(first).status()).isEqualTo(204);
        assertThat(alice.get(first).status()).isEqualTo(404);
    }

    @Test
    void aStorageOutageDuringRenderingDelaysTheJobsButLosesAndDuplicatesNone() throws IOException {
        Path objects = dataDir.resolve("objects").resolve("objects");
        HttpSession server = start("ARA_REPORT_WORKERS", "2", "ARA_REPORT_MAX_ATTEMPTS", "100");
        HttpSession alice = user(server, "alice");
        String audit = scoredAudit(alice);
        String otherAudit = scoredAudit(alice);
        // The outage: the storage's object directory is replaced by a file, so every write fails (even as root).
        Path away = dataDir.resolve("objects-away");
        Files.move(objects, away);
        Files.writeString(objects, "not a directory");

        List<String> reports = new ArrayList<>();
        for (String template : List.of("standard", "executive", "technical")) {
            reports.add(alice.post(audit + "/reports", "{\"template\": \"" + template + "\"}").header("Location"));
            reports.add(alice.post(otherAudit + "/reports", "{\"template\": \"" + template + "\"}")
                    .header("Location"));
        }
        for (String report : reports) {
            JsonNode failing = awaitReport(alice, report, r -> r.path("attempts").asInt() >= 2);
            assertThat(failing.path("status").asText()).isIn("queued", "rendering");
            assertThat(failing.path("error").asText()).isNotBlank();
        }
        assertThat(alice.get(audit).body().path("status").asText()).isEqualTo("scored");

        Files.delete(objects);
        Files.move(away, objects);
        for (String report : reports) {
            JsonNode ready = awaitReport(alice, report, ReportJourneyTest::isReady);
            assertThat(fetch(alice.get(report + "/download").header("Location")).statusCode()).isEqualTo(200);
            assertThat(ready.path("error").isNull()).isTrue();
        }

        assertThat(alice.get(audit + "/reports").body().path("items")).hasSize(3);
        assertThat(alice.get(otherAudit + "/reports").body().path("items")).hasSize(3);
        try (Stream<Path> files = Files.walk(objects)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("one document per report").isEqualTo(6);
        }
        assertThat(alice.get(audit).body().path("status").asText()).isEqualTo("report_ready");
    }

    @Test
    void aJobLeftRenderingByACrashedInstanceIsTakenOverOnceItsLeaseLapses() {
        HttpSession server = start("ARA_REPORT_WORKERS", "0");
        HttpSession alice = user(server, "alice");
        String audit = scoredAudit(alice);
        String location = alice.post(audit + "/reports", null).header("Location");
        running.removeFirst().close();

        // Another instance claimed the job and died mid-render: its lease (3 s) is all that is left of it.
        Instant claimedAt = Instant.now();
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            Optional<Report> claimed = new JdbiReportRepository(database).claimNext(claimedAt, due -> due.claim(
                    "crashed-instance#1", claimedAt, Duration.ofSeconds(3), ReportRetryPolicy.DEFAULT));
            assertThat(claimed).hasValueSatisfying(report -> assertThat(report.id().toString())
                    .isEqualTo(location.substring(location.lastIndexOf('/') + 1)));
        }

        HttpSession restarted = user(start("ARA_REPORT_WORKERS", "1"), "alice");
        JsonNode rendering = restarted.get(location).body();
        JsonNode ready = awaitReport(restarted, location, ReportJourneyTest::isReady);

        assertThat(rendering.path("status").asText()).as("still held by the dead instance").isEqualTo("rendering");
        assertThat(Duration.between(claimedAt, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(ready.path("attempts").asInt()).as("the crashed attempt counts").isEqualTo(2);
        assertThat(fetch(restarted.get(location + "/download").header("Location")).statusCode()).isEqualTo(200);
    }

    @Test
    void withAnUnreachableS3TheHealthCheckSaysDownAndJobsWaitWithTheReason() {
        HttpSession server = start("ARA_S3_ENDPOINT", S3Server.unreachableEndpoint().toString(),
                "ARA_S3_BUCKET", "ara-reports", "ARA_S3_ACCESS_KEY", "ara", "ARA_S3_SECRET_KEY", "secret-key",
                "ARA_S3_CONNECT_TIMEOUT_MS", "500", "ARA_REPORT_WORKERS", "1");
        HttpSession alice = user(server, "alice");
        String audit = scoredAudit(alice);

        HttpSession.Reply health = server.anonymous().get("/r2/health");
        String location = alice.post(audit + "/reports", null).header("Location");
        JsonNode waiting = awaitReport(alice, location, r -> r.path("attempts").asInt() >= 2);

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body().path("status").asText()).isEqualTo("DOWN");
        assertThat(waiting.path("status").asText()).isIn("queued", "rendering");
        assertThat(waiting.path("error").asText()).isEqualTo("the report store or database could not be reached");
        assertThat(alice.get(location + "/download").status()).isEqualTo(409);
        HttpSession.Reply upload = alice.post("/r2/upload", "{\"auditId\": \"" + audit.substring(audit.lastIndexOf('/')
                + 1) + "\", \"contentType\": \"image/png\", \"size\": 100}");
        assertThat(upload.status()).as("links are signed locally, without the server").isEqualTo(200);
        assertThat(upload.body().path("url").asText()).contains("X-Amz-Signature=")
                .contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost");
    }

    @Test
    void twoInstancesSharingTheDatabaseShareTheJobsAndRenderEachOnce() throws IOException {
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        String[] shared = {"ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(), "ARA_DB_PASSWORD",
                schema.password() == null ? "" : schema.password(), "ARA_REPORT_WORKERS", "2"};
        HttpSession first = user(start(shared), "alice");
        HttpSession second = user(start(shared), "alice");
        List<String> audits = List.of(scoredAudit(first), scoredAudit(second));

        List<String> reports = new ArrayList<>();
        for (String audit : audits) {
            for (String template : List.of("standard", "executive", "technical")) {
                for (String colour : List.of("#111111", "#222222")) {
                    reports.add(first.post(audit + "/reports", "{\"template\": \"" + template
                            + "\", \"customization\": {\"brandColour\": \"" + colour + "\"}}").header("Location"));
                }
            }
        }
        for (String report : reports) {
            JsonNode ready = awaitReport(second, report, ReportJourneyTest::isReady);
            assertThat(ready.path("attempts").asInt()).as("rendered once").isEqualTo(1);
            assertThat(fetch(second.get(report + "/download").header("Location")).statusCode()).isEqualTo(200);
        }

        try (Stream<Path> files = Files.walk(dataDir.resolve("objects").resolve("objects"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(reports.size());
        }
    }

    @Test
    void aLogoUploadedThroughItsLinkIsUsedAndOneThatIsNoImageFailsTheReport() {
        HttpSession alice = user(start(), "alice");
        String audit = scoredAudit(alice);
        String auditId = audit.substring(audit.lastIndexOf('/') + 1);
        byte[] png = TinyPng.of(120, 40);

        String logo = uploaded(alice, auditId, png);
        String notAnImage = uploaded(alice, auditId, "%PDF-1.7 pretending to be a PNG".getBytes(
                StandardCharsets.US_ASCII));
        JsonNode withLogo = awaitReport(alice, alice.post(audit + "/reports", "{\"customization\": {\"logoKey\": \""
                + logo + "\"}}").header("Location"), ReportJourneyTest::isReady);
        JsonNode failed = awaitReport(alice, alice.post(audit + "/reports", "{\"customization\": {\"logoKey\": \""
                + notAnImage + "\"}}").header("Location"), r -> r.path("status").asText().equals("failed"));

        assertThat(withLogo.path("customization").path("logoKey").asText()).isEqualTo(logo);
        assertThat(failed.path("attempts").asInt()).as("no retry for a logo that is no image").isEqualTo(1);
        assertThat(failed.path("error").asText()).contains("PNG or JPEG");
        assertThat(alice.get("/r2/download?key=" + logo).status()).isEqualTo(200);
        assertThat(user(alice, "bob").get("/r2/download?key=" + logo).status()).isEqualTo(404);
        assertThat(alice.delete("/r2/delete?key=" + logo).status()).isEqualTo(204);
        assertThat(alice.get("/r2/download?key=" + logo).status()).isEqualTo(404);
    }

    /** Asks for an upload link, PUTs the bytes through it (as image/png) and answers the upload's key. */
    private static String uploaded(HttpSession http, String auditId, byte[] content) {
        JsonNode link = http.post("/r2/upload", "{\"auditId\": \"" + auditId + "\", \"contentType\": \"image/png\","
                + " \"size\": " + content.length + "}").body();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(link.path("url").asText()))
                    .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return link.path("key").asText();
    }

    @Test
    void throughTheEdgeWorkerTheOwnerUploadsALogoDownloadsTheReportAndDeletesTheLogoWithGrantsAraSigned() {
        String secret = "edge-grant-secret-of-the-report-journey-0123";
        S3Server.Endpoint s3 = S3Server.endpoint();
        String bucket = S3Server.uniqueBucket();
        try (EdgeWorker edge = EdgeWorker.start(s3, bucket, secret)) {
            HttpSession alice = user(start("ARA_S3_ENDPOINT", s3.url().toString(), "ARA_S3_REGION", s3.region(),
                    "ARA_S3_BUCKET", bucket, "ARA_S3_ACCESS_KEY", s3.accessKey(), "ARA_S3_SECRET_KEY",
                    s3.secretKey(), "ARA_EDGE_WORKER_URL", edge.url().toString(), "ARA_EDGE_GRANT_SECRET", secret),
                    "alice");
            String audit = scoredAudit(alice);
            String auditId = audit.substring(audit.lastIndexOf('/') + 1);
            byte[] png = TinyPng.of(120, 40);

            // Upload: ARA's grant → the worker's presigned PUT (type and length signed) → the bucket ARA reads.
            JsonNode uploadGrant = alice.post("/r2/grants", "{\"operation\": \"upload\", \"auditId\": \"" + auditId
                    + "\", \"contentType\": \"image/png\", \"size\": " + png.length + "}").body();
            String logo = uploadGrant.path("key").asText();
            HttpResponse<String> presigned = send(uploadGrant.path("method").asText(), uploadGrant.path("url").asText(),
                    null, Map.of());
            assertThat(presigned.statusCode()).as(presigned.body()).isEqualTo(200);
            JsonNode put = json(presigned.body());
            assertThat(send("PUT", put.path("url").asText(), png, Map.of("Content-Type", "image/gif")).statusCode())
                    .as("another content type than the granted one").isEqualTo(403);
            assertThat(send("PUT", put.path("url").asText(), png, Map.of("Content-Type", "image/png")).statusCode())
                    .isEqualTo(200);

            JsonNode report = awaitReport(alice, alice.post(audit + "/reports", "{\"customization\": {\"logoKey\": \""
                    + logo + "\"}}").header("Location"), ReportJourneyTest::isReady);
            assertThat(report.path("customization").path("logoKey").asText()).isEqualTo(logo);
            String document = "reports/" + auditId + "/" + report.path("id").asText() + ".pdf";

            // Download: the worker answers 303 to a presigned GET of exactly the granted key.
            JsonNode documentGrant = alice.post("/r2/grants", "{\"operation\": \"download\", \"key\": \""
                    + document + "\"}").body();
            HttpResponse<String> redirect = send("GET", documentGrant.path("url").asText(), null, Map.of());
            assertThat(redirect.statusCode()).isEqualTo(303);
            byte[] pdf = fetch(redirect.headers().firstValue("Location").orElseThrow()).body();
            assertThat(sha256(pdf)).isEqualTo(report.path("document").path("sha256").asText());
            assertThat(send("GET", documentGrant.path("url").asText().replace(URLEncoder.encode(document,
                    StandardCharsets.UTF_8), URLEncoder.encode(logo, StandardCharsets.UTF_8)), null, Map.of())
                    .statusCode()).as("the document's grant used for another key").isEqualTo(403);
            assertThat(user(alice, "bob").post("/r2/grants", "{\"operation\": \"download\", \"key\": \"" + logo
                    + "\"}").status()).isEqualTo(404);
            assertThat(alice.post("/r2/grants", "{\"operation\": \"delete\", \"key\": \"" + document + "\"}")
                    .status()).as("a report's document goes only with its report").isEqualTo(409);

            // Delete: the worker deletes the logo; a later download grant leads to nothing.
            JsonNode deleteGrant = alice.post("/r2/grants", "{\"operation\": \"delete\", \"key\": \"" + logo
                    + "\"}").body();
            assertThat(send(deleteGrant.path("method").asText(), deleteGrant.path("url").asText(), null, Map.of())
                    .statusCode()).isEqualTo(204);
            JsonNode logoGrant = alice.post("/r2/grants", "{\"operation\": \"download\", \"key\": \"" + logo
                    + "\"}").body();
            HttpResponse<String> gone = send("GET", logoGrant.path("url").asText(), null, Map.of());
            assertThat(gone.statusCode()).isEqualTo(303);
            assertThat(fetch(gone.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(404);
        }
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request without credentials and without following redirects. */
    private static HttpResponse<String> send(String method, String url, byte[] body, Map<String, String> headers) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void reportIdsThatDoNotExistAre404() {
        HttpSession alice = user(start("ARA_REPORT_WORKERS", "0"), "alice");

        assertThat(alice.get("/api/v1/reports/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(alice.get("/api/v1/audits/" + UUID.randomUUID() + "/reports").status()).isEqualTo(404);
    }
}
