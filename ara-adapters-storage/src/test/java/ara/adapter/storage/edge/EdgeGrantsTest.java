package ara.adapter.storage.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.adapter.storage.edge.EdgeGrants.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EdgeGrantsTest {
    private static final String SECRET = "ara-edge-grant-test-vector-secret-0123456789";

    /** The same vector is asserted by the worker's node tests (terraform/modules/storage/test/worker.test.js). */
    @Test
    void signatureMatchesTheCrossLanguageTestVector() {
        assertThat(EdgeGrants.signature(SECRET.getBytes(StandardCharsets.UTF_8), "download", "reports/8f0c/report.pdf",
                "1798761600")).isEqualTo("708759a885f06da37d018ce1141c30ad46f11b747b70bd79cced88576adfa182");
    }

    @Test
    void issuesAGrantThatExpiresAfterTheLifetime() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_798_761_000L), ZoneOffset.UTC);
        EdgeGrants grants = new EdgeGrants(SECRET, clock, Duration.ofMinutes(10));
        EdgeGrants.Grant grant = grants.issue(Operation.DOWNLOAD, "reports/8f0c/report.pdf");
        assertThat(grant.expires()).isEqualTo(1_798_761_600L);
        assertThat(grant.signature()).isEqualTo("708759a885f06da37d018ce1141c30ad46f11b747b70bd79cced88576adfa182");
        assertThat(grants.issue(Operation.DELETE, "reports/8f0c/report.pdf").signature())
                .isNotEqualTo(grant.signature());
    }

    @Test
    void refusesWeakSecretsLongLifetimesAndKeysTheWorkerRefuses() {
        Clock clock = Clock.systemUTC();
        assertThatThrownBy(() -> new EdgeGrants("short", clock, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EdgeGrants(SECRET, clock, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class);
        EdgeGrants grants = new EdgeGrants(SECRET, clock, Duration.ofMinutes(5));
        assertThatThrownBy(() -> grants.issue(Operation.UPLOAD, "reports/../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grants.issue(Operation.UPLOAD, "/abs")).isInstanceOf(IllegalArgumentException.class);
    }
}
