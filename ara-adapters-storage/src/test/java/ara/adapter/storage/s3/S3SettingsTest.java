package ara.adapter.storage.s3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {
    private static final String R2 = "https://0123456789abcdef.r2.cloudflarestorage.com";

    @Test
    void acceptsAnR2EndpointWithRegionAutoAndDefaultTimeouts() {
        S3Settings settings = S3Settings.of(R2 + "/", "auto", "ara-reports-prod", "AKIA1", "s3cr3t");

        assertThat(settings.endpoint().getHost()).isEqualTo("0123456789abcdef.r2.cloudflarestorage.com");
        assertThat(settings.connectTimeout()).isEqualTo(S3Settings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.requestTimeout()).isEqualTo(S3Settings.DEFAULT_REQUEST_TIMEOUT);
        assertThat(settings.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)).requestTimeout())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void neverShowsTheSecretKey() {
        S3Settings settings = S3Settings.of(R2, "auto", "ara-reports", "AKIA1", "very-secret-value");

        assertThat(settings.toString()).contains("AKIA1", "ara-reports", R2).doesNotContain("very-secret-value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host", "host:9000", "https://host/bucket", "https://host?x=1", "https://"})
    void rejectsEndpointsThatAreNotSchemeHostAndPort(String endpoint) {
        assertThatThrownBy(() -> S3Settings.of(endpoint, "auto", "bucket", "a", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S3 endpoint");
    }

    @Test
    void rejectsCredentialsInTheEndpointWithoutEchoingThem() {
        assertThatThrownBy(() -> S3Settings.of("https://key:hunter2@host", "auto", "bucket", "a", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info")
                .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Ara-Reports", "-ara", "ara-", "ara..reports", "ara_reports", "192.168.1.1"})
    void rejectsBucketNamesS3Rejects(String bucket) {
        assertThatThrownBy(() -> S3Settings.of(R2, "auto", bucket, "a", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("S3 bucket must be 3-63");
    }

    @Test
    void rejectsBadRegionsBlankKeysAndTimeouts() {
        assertThatThrownBy(() -> S3Settings.of(R2, "US East", "bucket", "a", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("S3 region");
        assertThatThrownBy(() -> S3Settings.of(R2, "auto", "bucket", " ", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("S3 access key must not be blank");
        assertThatThrownBy(() -> S3Settings.of(R2, "auto", "bucket", "a", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("S3 secret key must not be blank");
        assertThatThrownBy(() -> S3Settings.of(R2, "auto", "bucket", "a", "s")
                .withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("connectTimeout");
    }
}
