package ara.adapter.storage.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.EdgeGrantSigner.Action;
import ara.application.port.out.storage.EdgeGrantSigner.EdgeGrant;
import ara.application.port.out.storage.ObjectKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacEdgeGrantSignerTest {
    private static final String SECRET = "ara-edge-grant-test-vector-secret-0123456789";
    private static final URI WORKER = URI.create("https://files.ara.example.com");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_798_761_000L), ZoneOffset.UTC);
    private final HmacEdgeGrantSigner signer = new HmacEdgeGrantSigner(WORKER, SECRET, CLOCK, Duration.ofMinutes(10));

    /** The same vectors are asserted by the worker's node tests (terraform/modules/storage/test/worker.test.js). */
    @Test
    void downloadGrantMatchesTheCrossLanguageTestVector() {
        EdgeGrant grant = signer.access(Action.DOWNLOAD, new ObjectKey("reports/8f0c/report.pdf"));
        assertThat(grant.method()).isEqualTo("GET");
        assertThat(grant.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_798_761_600L));
        assertThat(grant.url().getPath()).isEqualTo("/r2/download");
        assertThat(query(grant)).containsExactly(
                Map.entry("key", "reports/8f0c/report.pdf"),
                Map.entry("expires", "1798761600"),
                Map.entry("signature", "708759a885f06da37d018ce1141c30ad46f11b747b70bd79cced88576adfa182"));
    }

    @Test
    void uploadGrantCoversTypeAndSizeAndMatchesTheCrossLanguageTestVector() {
        EdgeGrant grant = signer.upload(new ObjectKey("uploads/8f0c/logo.png"), new ContentType("image/png"), 2048);
        assertThat(grant.method()).isEqualTo("POST");
        assertThat(grant.url().getPath()).isEqualTo("/r2/upload");
        assertThat(query(grant)).containsExactly(
                Map.entry("key", "uploads/8f0c/logo.png"),
                Map.entry("contentType", "image/png"),
                Map.entry("size", "2048"),
                Map.entry("expires", "1798761600"),
                Map.entry("signature", "1b04aaf39383aae5bd8355b0750f7ed20b62f5545f20936a87ae40b516ba05ca"));
    }

    @Test
    void eachOperationHasItsOwnSignature() {
        ObjectKey key = new ObjectKey("uploads/8f0c/logo.png");
        String download = query(signer.access(Action.DOWNLOAD, key)).get("signature");
        String delete = query(signer.access(Action.DELETE, key)).get("signature");
        String upload = query(signer.upload(key, new ContentType("image/png"), 2048)).get("signature");
        String bigger = query(signer.upload(key, new ContentType("image/png"), 2049)).get("signature");
        assertThat(Arrays.asList(download, delete, upload, bigger)).doesNotHaveDuplicates();
        assertThat(signer.access(Action.DELETE, key).method()).isEqualTo("DELETE");
    }

    @Test
    void keysTravelEncodedInTheQuery() {
        EdgeGrant grant = signer.access(Action.DOWNLOAD, new ObjectKey("reports/2026/report_1-a.pdf"));
        assertThat(grant.url().getRawQuery()).startsWith("key=reports%2F2026%2Freport_1-a.pdf&expires=");
        assertThat(query(grant).get("key")).isEqualTo("reports/2026/report_1-a.pdf");
    }

    @Test
    void aTrailingSlashOnTheWorkerUrlIsNotDoubled() {
        HmacEdgeGrantSigner slashed = new HmacEdgeGrantSigner(URI.create("https://files.ara.example.com/"), SECRET,
                CLOCK, Duration.ofMinutes(10));
        assertThat(slashed.access(Action.DOWNLOAD, new ObjectKey("a.pdf")).url().toString())
                .startsWith("https://files.ara.example.com/r2/download?");
    }

    @Test
    void refusesWeakSecretsLongLifetimesAndBadWorkerUrls() {
        assertThatThrownBy(() -> new HmacEdgeGrantSigner(WORKER, "short", CLOCK, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new HmacEdgeGrantSigner(WORKER, SECRET, CLOCK, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> new HmacEdgeGrantSigner(WORKER, SECRET, CLOCK, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        for (String url : new String[] {"ftp://files.example.com", "https://files.example.com/?a=b", "files"}) {
            assertThatThrownBy(() -> new HmacEdgeGrantSigner(URI.create(url), SECRET, CLOCK, Duration.ofMinutes(5)))
                    .as(url).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge worker URL");
        }
    }

    @Test
    void neverIssuesAGrantTheWorkerWouldRefuse() {
        assertThatThrownBy(() -> signer.access(Action.DOWNLOAD, new ObjectKey("reports/../x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.access(Action.DOWNLOAD, new ObjectKey("reports/a b.pdf")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.upload(new ObjectKey("uploads/a"), new ContentType("image/png; q=1"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.upload(new ObjectKey("uploads/a"), new ContentType("image/png"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(signer.toString()).doesNotContain(SECRET).contains("***");
    }

    private static Map<String, String> query(EdgeGrant grant) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : grant.url().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
