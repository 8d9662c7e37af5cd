package ara.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(settings.database()).isInstanceOfSatisfying(DatabaseSettings.Embedded.class,
                embedded -> assertThat(embedded.dataDir()).isEqualTo(Path.of("data")));
    }

    @Test
    void readsAnExternalMySqlDatabase() {
        AraSettings settings = settings(Map.of("ARA_DB_URL", "jdbc:mysql://db:3306/ara", "ARA_DB_USER", "ara",
                "ARA_DB_PASSWORD", "secret", "ARA_DB_POOL_SIZE", "20"));

        assertThat(settings.database()).isInstanceOfSatisfying(DatabaseSettings.External.class, external -> {
            assertThat(external.jdbcUrl()).isEqualTo("jdbc:mysql://db:3306/ara");
            assertThat(external.user()).isEqualTo("ara");
            assertThat(external.pool().maximumSize()).isEqualTo(20);
            assertThat(external.toString()).doesNotContain("secret");
        });
    }

    @Test
    void memoryKeepsNothing() {
        assertThat(settings(Map.of("ARA_DB_URL", "memory")).database()).isInstanceOf(DatabaseSettings.InMemory.class);
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
}
