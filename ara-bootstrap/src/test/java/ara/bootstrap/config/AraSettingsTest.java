package ara.bootstrap.config;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.limit.RateLimit;
import ara.domain.identity.GuestSubmitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AraSettingsTest {

    private static AraSettings settings(Map<String, String> env) {
        return AraSettings.from(ConfigSource.of(env));
    }

    @Test
    void defaultsToTheEmbeddedH2DatabaseInTheDataDirectory() {
        AraSettings settings = settings(Map.of());

        assertThat(settings.server().port()).isEqualTo(7070);
        assertThat(settings.server().virtualThreads()).isTrue();
        assertThat(settings.server().maxRequestBytes()).isEqualTo(65_536);
        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.database()).isInstanceOfSatisfying(DatabaseChoice.Embedded.class,
                embedded -> assertThat(embedded.dataDir()).isEqualTo(Path.of("data")));
    }

    @Test
    void readsAnExternalMySqlDatabase() {
        AraSettings settings = settings(Map.of("ARA_DB_URL", "jdbc:mysql://db:3306/ara", "ARA_DB_USER", "ara",
                "ARA_DB_PASSWORD", "secret", "ARA_DB_POOL_SIZE", "20"));

        assertThat(settings.database()).isInstanceOfSatisfying(DatabaseChoice.External.class, external -> {
            assertThat(external.jdbcUrl()).isEqualTo("jdbc:mysql://db:3306/ara");
            assertThat(external.user()).isEqualTo("ara");
            assertThat(external.pool().maximumSize()).isEqualTo(20);
            assertThat(external.toString()).doesNotContain("secret");
        });
    }

    @Test
    void memoryKeepsNothing() {
        assertThat(settings(Map.of("ARA_DB_URL", "memory")).database()).isInstanceOf(DatabaseChoice.InMemory.class);
    }

    @Test
    void hasNoCorsOriginsAndNoTrustedProxiesByDefault() {
        AraSettings settings = settings(Map.of());

        assertThat(settings.server().corsOrigins()).isEmpty();
        assertThat(settings.server().trustedProxies()).isEmpty();
    }

    @Test
    void readsCommaSeparatedCorsOriginsAndTrustedProxies() {
        AraSettings settings = settings(Map.of(
                "ARA_CORS_ORIGINS", " https://app.example.com, http://localhost:5173 ,",
                "ARA_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1,fd00::/8"));

        assertThat(settings.server().corsOrigins()).containsExactly("https://app.example.com",
                "http://localhost:5173");
        assertThat(settings.server().trustedProxies()).containsExactly("10.0.0.0/8", "192.0.2.1", "fd00::/8");
    }

    @Test
    void rejectsAWildcardOrPathInCorsOriginsNamingTheVariable() {
        for (String bad : List.of("*", "https://app.example.com/path", "https://*.example.com")) {
            assertThatThrownBy(() -> settings(Map.of("ARA_CORS_ORIGINS", "https://ok.example.com," + bad)))
                    .as(bad)
                    .isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith("ARA_CORS_ORIGINS:")
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void readsTheClientAddressHeaderAndRejectsOneThatIsNoHeaderName() {
        assertThat(settings(Map.of()).server().clientAddressHeader()).isEmpty();
        assertThat(settings(Map.of("ARA_CLIENT_ADDRESS_HEADER", " CloudFront-Viewer-Address ")).server()
                .clientAddressHeader()).isEqualTo("CloudFront-Viewer-Address");
        for (String bad : List.of("CloudFront Viewer Address", "X-Client:IP", "X-Client\"IP\"")) {
            assertThatThrownBy(() -> settings(Map.of("ARA_CLIENT_ADDRESS_HEADER", bad)))
                    .as(bad)
                    .isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith("ARA_CLIENT_ADDRESS_HEADER:")
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void rejectsAnInvalidTrustedProxyNamingTheVariable() {
        for (String bad : List.of("proxy.internal", "10.0.0.0/33", "::/129", "300.1.1.1")) {
            assertThatThrownBy(() -> settings(Map.of("ARA_TRUSTED_PROXIES", "127.0.0.1," + bad)))
                    .as(bad)
                    .isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith("ARA_TRUSTED_PROXIES:")
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void rejectsAPortOutOfRangeNamingTheVariable() {
        assertThatThrownBy(() -> settings(Map.of("ARA_PORT", "70000")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_PORT:")
                .hasMessageContaining("0..65535");
        assertThatThrownBy(() -> settings(Map.of("ARA_PORT", "http")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("ARA_PORT").hasMessageContaining("whole number");
    }

    @Test
    void boundsARequestBodyToSixtySecondsPerSixtyFourKibByDefault() {
        assertThat(settings(Map.of()).server().bodyReadSeconds()).isEqualTo(60);
        assertThat(settings(Map.of("ARA_BODY_READ_SECONDS", "120")).server().bodyReadSeconds()).isEqualTo(120);
    }

    @Test
    void rejectsABodyDeadlineOutOfRangeNamingTheVariable() {
        for (String bad : List.of("0", "4", "3601", "-1")) {
            assertThatThrownBy(() -> settings(Map.of("ARA_BODY_READ_SECONDS", bad)))
                    .as(bad)
                    .isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith("ARA_BODY_READ_SECONDS:")
                    .hasMessageContaining("5..3600");
        }
        assertThatThrownBy(() -> settings(Map.of("ARA_BODY_READ_SECONDS", "60s")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("ARA_BODY_READ_SECONDS").hasMessageContaining("whole number");
    }

    @Test
    void limitsAPublishedQuestionnaireToOneMebibyteByDefault() {
        assertThat(settings(Map.of()).server().maxQuestionnaireBytes()).isEqualTo(1_048_576);
        assertThat(settings(Map.of("ARA_MAX_QUESTIONNAIRE_BYTES", "2097152")).server().maxQuestionnaireBytes())
                .isEqualTo(2_097_152);
        assertThat(settings(Map.of("ARA_MAX_QUESTIONNAIRE_BYTES", "65536")).server().maxQuestionnaireBytes())
                .isEqualTo(65_536);
    }

    @Test
    void rejectsAQuestionnaireLimitOutOfRangeNamingTheVariable() {
        for (String bad : List.of("0", "65535", "16777217", "-1")) {
            assertThatThrownBy(() -> settings(Map.of("ARA_MAX_QUESTIONNAIRE_BYTES", bad)))
                    .as(bad)
                    .isInstanceOf(InvalidConfiguration.class)
                    .hasMessageStartingWith("ARA_MAX_QUESTIONNAIRE_BYTES:")
                    .hasMessageContaining("65536..16777216");
        }
        assertThatThrownBy(() -> settings(Map.of("ARA_MAX_QUESTIONNAIRE_BYTES", "1MiB")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("ARA_MAX_QUESTIONNAIRE_BYTES").hasMessageContaining("whole number");
    }

    @Test
    void rejectsABadFlagNamingTheVariable() {
        assertThatThrownBy(() -> settings(Map.of("ARA_VIRTUAL_THREADS", "maybe")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_VIRTUAL_THREADS:");
    }

    @Test
    void rejectsANonMySqlUrl() {
        assertThatThrownBy(() -> settings(Map.of("ARA_DB_URL", "jdbc:postgresql://db/ara")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_DB_URL:");
    }

    @Test
    void rejectsADatabaseUserWithoutAUrl() {
        assertThatThrownBy(() -> settings(Map.of("ARA_DB_USER", "ara")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_DB_USER:");
    }

    @Test
    void rejectsMoreIdleConnectionsThanThePoolHolds() {
        assertThatThrownBy(() -> settings(Map.of("ARA_DB_POOL_SIZE", "2", "ARA_DB_POOL_MIN_IDLE", "5")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_DB_POOL_MIN_IDLE:");
    }

    @Test
    void readsAPropertiesFileWhereTheEnvironmentWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ara.properties");
        Files.writeString(file, "ARA_PORT=8081\nARA_DATA_DIR=/var/lib/ara\n");

        AraSettings settings = settings(Map.of(ConfigSource.CONFIG_FILE, file.toString(), "ARA_PORT", "9090"));

        assertThat(settings.server().port()).isEqualTo(9090);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/ara"));
    }

    @Test
    void rejectsAMissingPropertiesFile(@TempDir Path dir) {
        assertThatThrownBy(() -> settings(Map.of(ConfigSource.CONFIG_FILE, dir.resolve("nope").toString())))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_CONFIG_FILE:");
    }

    @Test
    void defaultsToTheLocalIdentityTheLocalDataKeyAndTheEmailGuestPolicy() {
        AraSettings settings = settings(Map.of());
        assertThat(settings.identity()).isInstanceOf(IdentitySettings.Local.class);
        assertThat(settings.dataKeys()).isInstanceOf(DataKeySettings.Local.class);
        assertThat(settings.guestSubmit()).isEqualTo(GuestSubmitPolicy.EMAIL);
    }

    @Test
    void readsAJwksProviderWithItsIssuerAndAudience() {
        AraSettings settings = settings(Map.of("ARA_JWT_JWKS_URL", "https://idp.example.com/.well-known/jwks.json",
                "ARA_JWT_ISSUER", "https://idp.example.com/", "ARA_JWT_AUDIENCE", "ara", "ARA_JWT_ALGORITHM", "ES256"));
        assertThat(settings.identity()).isInstanceOfSatisfying(IdentitySettings.Jwks.class, jwks -> {
            assertThat(jwks.algorithm()).isEqualTo("ES256");
            assertThat(jwks.rolesClaim()).isEqualTo("roles");
        });
    }

    @Test
    void rejectsIncompleteOrContradictoryIdentitySettingsNamingTheVariable() {
        assertThatThrownBy(() -> settings(Map.of("ARA_JWT_JWKS_URL", "https://idp.example.com/jwks")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_JWT_ISSUER:");
        assertThatThrownBy(() -> settings(Map.of("ARA_JWT_JWKS_URL", "https://idp.example.com/jwks",
                "ARA_JWT_SECRET", "x".repeat(40))))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_JWT_SECRET:");
        assertThatThrownBy(() -> settings(Map.of("ARA_JWT_SECRET", "too-short")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_JWT_SECRET:")
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> settings(Map.of("ARA_JWT_ISSUER", "https://idp.example.com/")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_JWT_ISSUER:");
        assertThatThrownBy(() -> settings(Map.of("ARA_JWT_JWKS_URL", "ftp://idp/jwks", "ARA_JWT_ISSUER", "i",
                "ARA_JWT_AUDIENCE", "a"))).isInstanceOf(InvalidConfiguration.class)
                .hasMessageStartingWith("ARA_JWT_JWKS_URL:");
    }

    @Test
    void aSharedSecretNeverShowsInToString() {
        AraSettings settings = settings(Map.of("ARA_JWT_SECRET", "s3cr3t-".repeat(6)));
        assertThat(settings.identity().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void readsTheDataKeyWithItsRetiredKeysAndRejectsOrphans() {
        AraSettings settings = settings(Map.of("ARA_DATA_KEY", "AAAA", "ARA_DATA_KEY_ID", "k2",
                "ARA_DATA_KEYS_RETIRED", "k1:BBBB"));
        assertThat(settings.dataKeys()).isInstanceOfSatisfying(DataKeySettings.Configured.class, configured -> {
            assertThat(configured.id()).isEqualTo("k2");
            assertThat(configured.retired()).containsEntry("k1", "BBBB");
            assertThat(configured.toString()).doesNotContain("AAAA").doesNotContain("BBBB");
        });
        assertThatThrownBy(() -> settings(Map.of("ARA_DATA_KEY_ID", "k2")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_DATA_KEY_ID:");
    }

    @Test
    void readsTheGuestSubmitPolicy() {
        assertThat(settings(Map.of("ARA_GUEST_SUBMIT", "login")).guestSubmit()).isEqualTo(GuestSubmitPolicy.LOGIN);
        assertThatThrownBy(() -> settings(Map.of("ARA_GUEST_SUBMIT", "maybe")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageStartingWith("ARA_GUEST_SUBMIT:");
    }

    @Test
    void hasTheDocumentedDefaultLimits() {
        Map<Scope, RateLimit> limits = settings(Map.of()).limits().limits();

        assertThat(limits).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scope.API_PER_IP, RateLimit.parse("100/1m"),
                Scope.FAILED_ACCESS_PER_IP, RateLimit.parse("30/1m"),
                Scope.AUDIT_CREATE_PER_IP, RateLimit.parse("20/1h"),
                Scope.ANSWER_WRITES_PER_AUDIT, RateLimit.parse("300/1m"),
                Scope.SUBMIT_PER_AUDIT, RateLimit.parse("5/1h"),
                Scope.REPORTS_PER_AUDIT, RateLimit.parse("5/1h"),
                Scope.CHAT_PER_AUDIT, RateLimit.parse("20/1m"),
                Scope.UPLOADS_PER_AUDIT, RateLimit.parse("5/1h")));
    }

    @Test
    void readsEachLimitFromItsVariable() {
        AraSettings settings = settings(Map.of("ARA_LIMIT_API_PER_IP", "250/30s", "ARA_LIMIT_CHAT_PER_AUDIT", "3/1d"));

        assertThat(settings.limits().limits().get(Scope.API_PER_IP)).isEqualTo(new RateLimit(250,
                Duration.ofSeconds(30)));
        assertThat(settings.limits().limits().get(Scope.CHAT_PER_AUDIT)).isEqualTo(new RateLimit(3,
                Duration.ofDays(1)));
    }

    @Test
    void rejectsALimitThatIsNotCountSlashPeriodNamingTheVariable() {
        assertThatThrownBy(() -> settings(Map.of("ARA_LIMIT_SUBMIT_PER_AUDIT", "5 per hour")))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("ARA_LIMIT_SUBMIT_PER_AUDIT").hasMessageContaining("count/period");
        assertThatThrownBy(() -> settings(Map.of("ARA_LIMIT_API_PER_IP", "0/1m")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_LIMIT_API_PER_IP");
    }

    @Test
    void runsWithoutRedisUnlessAUrlIsGiven() {
        assertThat(settings(Map.of()).redis()).isEmpty();
    }

    @Test
    void readsRedisWithTimeoutsAndNamespaceWithoutShowingThePassword() {
        AraSettings settings = settings(Map.of("ARA_REDIS_URL", "rediss://default:s3cret@cache.example.com:6380",
                "ARA_REDIS_NAMESPACE", "ara-prod", "ARA_REDIS_TIMEOUT_MS", "100"));

        assertThat(settings.redis()).hasValueSatisfying(redis -> {
            assertThat(redis.url().getHost()).isEqualTo("cache.example.com");
            assertThat(redis.namespace()).isEqualTo("ara-prod");
            assertThat(redis.socketTimeout()).isEqualTo(Duration.ofMillis(100));
            assertThat(redis.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(redis.toString()).doesNotContain("s3cret");
        });
    }

    @Test
    void rejectsABadRedisUrlWithoutEchoingIt() {
        assertThatThrownBy(() -> settings(Map.of("ARA_REDIS_URL", "http://cache:6379")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_REDIS_URL");
        assertThatThrownBy(() -> settings(Map.of("ARA_REDIS_URL", "redis://user:p@ss word@host")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_REDIS_URL")
                .hasMessageNotContaining("p@ss");
        assertThatThrownBy(() -> settings(Map.of("ARA_REDIS_URL", "redis://cache", "ARA_REDIS_NAMESPACE", "a b")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_REDIS_NAMESPACE");
    }

    @Test
    void refusesRedisSettingsWithoutAUrl() {
        assertThatThrownBy(() -> settings(Map.of("ARA_REDIS_NAMESPACE", "ara")))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("ARA_REDIS_NAMESPACE")
                .hasMessageContaining("ARA_REDIS_URL");
    }
}
