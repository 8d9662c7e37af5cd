package ara.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storage ({@code ARA_S3_*}, local) and report pipeline ({@code ARA_REPORT_*}) settings. */
class StorageAndReportSettingsTest {
    private static final Map<String, String> S3 = Map.of("ARA_S3_ENDPOINT", "https://abc.r2.cloudflarestorage.com",
            "ARA_S3_REGION", "auto", "ARA_S3_BUCKET", "ara-reports-prod", "ARA_S3_ACCESS_KEY", "AKIAEXAMPLE",
            "ARA_S3_SECRET_KEY", "very-secret-key");

    private static AraSettings settings(Map<String, String> env) {
        return AraSettings.from(ConfigSource.of(env));
    }

    private static Map<String, String> s3(String... overrides) {
        return Env.with(S3, overrides);
    }

    @Test
    void defaultsToTheLocalDirectoryInTheDataDirectoryWithAKeptSecretAndLinksToTheListeningPort() {
        AraSettings settings = settings(Map.of("ARA_DATA_DIR", "/var/lib/ara"));

        assertThat(settings.storage()).isInstanceOfSatisfying(StorageSettings.Local.class, local -> {
            assertThat(local.directory()).isEqualTo(Path.of("/var/lib/ara/objects"));
            assertThat(local.linkSecret()).isEmpty();
            assertThat(local.publicUrl()).isEmpty();
        });
    }

    @Test
    void readsTheLocalDirectoryItsSecretAndThePublicUrl() {
        String secret = Base64.getEncoder().encodeToString(new byte[32]);
        AraSettings settings = settings(Map.of("ARA_STORAGE_DIR", "/srv/objects", "ARA_STORAGE_LINK_SECRET", secret,
                "ARA_PUBLIC_URL", "https://ara.example.com"));

        assertThat(settings.storage()).isInstanceOfSatisfying(StorageSettings.Local.class, local -> {
            assertThat(local.directory()).isEqualTo(Path.of("/srv/objects"));
            assertThat(local.linkSecret()).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(32));
            assertThat(local.publicUrl()).contains(URI.create("https://ara.example.com"));
            assertThat(local.toString()).doesNotContain(secret);
        });
        assertThatThrownBy(() -> settings(Map.of("ARA_STORAGE_LINK_SECRET", Base64.getEncoder().encodeToString(
                new byte[16])))).isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_STORAGE_LINK_SECRET:").hasMessageContaining("32");
        assertThatThrownBy(() -> settings(Map.of("ARA_STORAGE_LINK_SECRET", "not base64!")))
                .hasMessageStartingWith("ARA_STORAGE_LINK_SECRET:");
        assertThatThrownBy(() -> settings(Map.of("ARA_PUBLIC_URL", "ftp://ara.example.com")))
                .hasMessageStartingWith("ARA_PUBLIC_URL:");
        assertThatThrownBy(() -> settings(Map.of("ARA_PUBLIC_URL", "https://ara.example.com/?x=1")))
                .hasMessageStartingWith("ARA_PUBLIC_URL:");
    }

    @Test
    void readsAnS3StorageAndNeverShowsItsSecret() {
        AraSettings settings = settings(s3("ARA_S3_REQUEST_TIMEOUT_MS", "30000"));

        assertThat(settings.storage()).isInstanceOfSatisfying(StorageSettings.S3.class, s3 -> {
            assertThat(s3.settings().endpoint()).isEqualTo(URI.create("https://abc.r2.cloudflarestorage.com"));
            assertThat(s3.settings().region()).isEqualTo("auto");
            assertThat(s3.settings().bucket()).isEqualTo("ara-reports-prod");
            assertThat(s3.settings().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(s3.toString()).doesNotContain("very-secret-key");
        });
        assertThat(settings(s3("ARA_S3_REGION", null)).storage()).isInstanceOfSatisfying(StorageSettings.S3.class,
                s3 -> assertThat(s3.settings().region()).isEqualTo("us-east-1"));
    }

    @Test
    void aHalfConfiguredS3IsRefusedNamingTheVariable() {
        for (String missing : new String[] {"ARA_S3_BUCKET", "ARA_S3_ACCESS_KEY", "ARA_S3_SECRET_KEY"}) {
            assertThatThrownBy(() -> settings(s3(missing, null))).isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith(missing + ":");
        }
        for (String orphan : new String[] {"ARA_S3_BUCKET", "ARA_S3_ACCESS_KEY", "ARA_S3_SECRET_KEY", "ARA_S3_REGION"}) {
            assertThatThrownBy(() -> settings(Map.of(orphan, S3.get(orphan)))).isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith(orphan + ":").hasMessageContaining("ARA_S3_ENDPOINT");
        }
        assertThatThrownBy(() -> settings(s3("ARA_STORAGE_DIR", "/srv"))).hasMessageStartingWith("ARA_STORAGE_DIR:");
    }

    @Test
    void anEdgeWorkerBesideS3IsReadWithItsSecretNeverShown() {
        String secret = "0123456789abcdef0123456789abcdef";
        AraSettings settings = settings(s3("ARA_EDGE_WORKER_URL", "https://files.ara.example.com",
                "ARA_EDGE_GRANT_SECRET", secret));

        assertThat(settings.storage()).isInstanceOfSatisfying(StorageSettings.S3.class, s3 -> {
            assertThat(s3.edge()).hasValueSatisfying(edge -> {
                assertThat(edge.worker()).isEqualTo(URI.create("https://files.ara.example.com"));
                assertThat(edge.secret()).isEqualTo(secret);
            });
            assertThat(s3.toString()).doesNotContain(secret);
        });
        assertThat(settings(s3()).storage()).isInstanceOfSatisfying(StorageSettings.S3.class,
                s3 -> assertThat(s3.edge()).isEmpty());
    }

    @Test
    void aHalfConfiguredOrMisplacedEdgeWorkerIsRefusedNamingTheVariable() {
        String secret = "0123456789abcdef0123456789abcdef";
        assertThatThrownBy(() -> settings(s3("ARA_EDGE_WORKER_URL", "https://files.ara.example.com")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_EDGE_GRANT_SECRET:");
        assertThatThrownBy(() -> settings(s3("ARA_EDGE_GRANT_SECRET", secret)))
                .hasMessageStartingWith("ARA_EDGE_WORKER_URL:");
        assertThatThrownBy(() -> settings(s3("ARA_EDGE_WORKER_URL", "https://files.ara.example.com",
                "ARA_EDGE_GRANT_SECRET", "too-short"))).hasMessageStartingWith("ARA_EDGE_GRANT_SECRET:")
                .hasMessageContaining("32");
        assertThatThrownBy(() -> settings(s3("ARA_EDGE_WORKER_URL", "files.ara.example.com",
                "ARA_EDGE_GRANT_SECRET", secret))).hasMessageStartingWith("ARA_EDGE_WORKER_URL:");
        for (String variable : StorageSettings.EDGE_VARIABLES) {
            assertThatThrownBy(() -> settings(Map.of(variable, "https://files.ara.example.com")))
                    .as("without S3").hasMessageStartingWith(variable + ":").hasMessageContaining("ARA_S3_ENDPOINT");
        }
    }

    @Test
    void s3SettingsTheAdapterRefusesAreReportedAgainstTheirVariable() {
        assertThatThrownBy(() -> settings(s3("ARA_S3_ENDPOINT", "https://r2.example.com/bucket")))
                .hasMessageStartingWith("ARA_S3_ENDPOINT:");
        assertThatThrownBy(() -> settings(s3("ARA_S3_BUCKET", "Not_A_Bucket"))).hasMessageStartingWith("ARA_S3_BUCKET:");
        assertThatThrownBy(() -> settings(s3("ARA_S3_REGION", "EU WEST"))).hasMessageStartingWith("ARA_S3_REGION:");
        assertThatThrownBy(() -> settings(s3("ARA_S3_SECRET_KEY", "   "))).hasMessageStartingWith("ARA_S3_SECRET_KEY:");
    }

    @Test
    void theReportPipelineDefaultsToOneWorkerPerCoreSevenDayLinksAndFiveAttempts() {
        ReportSettings reports = settings(Map.of()).reports();

        assertThat(reports.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(reports.linkTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(reports.maxAttempts()).isEqualTo(5);
        assertThat(reports.retryDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(reports.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(reports.pollInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void readsThePipelineSettingsInUnitsOrIso8601AndRefusesWhatIsOutOfRange() {
        ReportSettings reports = settings(Map.of("ARA_REPORT_WORKERS", "0", "ARA_REPORT_LINK_TTL", "P1D",
                "ARA_REPORT_MAX_ATTEMPTS", "3", "ARA_REPORT_RETRY_DELAY", "250ms", "ARA_REPORT_LEASE", "30s",
                "ARA_REPORT_POLL_INTERVAL", "1m")).reports();

        assertThat(reports.workers()).isZero();
        assertThat(reports.linkTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(reports.maxAttempts()).isEqualTo(3);
        assertThat(reports.retryDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(reports.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(reports.pollInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings(Map.of("ARA_REPORT_LINK_TTL", "12h")).reports().linkTtl()).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> settings(Map.of("ARA_REPORT_LINK_TTL", "8d"))).isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_REPORT_LINK_TTL:");
        assertThatThrownBy(() -> settings(Map.of("ARA_REPORT_LEASE", "soon")))
                .hasMessageStartingWith("ARA_REPORT_LEASE:").hasMessageContaining("duration");
        assertThatThrownBy(() -> settings(Map.of("ARA_REPORT_MAX_ATTEMPTS", "0")))
                .hasMessageStartingWith("ARA_REPORT_MAX_ATTEMPTS:");
        assertThatThrownBy(() -> settings(Map.of("ARA_REPORT_WORKERS", "-1")))
                .hasMessageStartingWith("ARA_REPORT_WORKERS:");
    }
}
