package ara.bootstrap;

import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.StorageSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The backend each combination of variables chooses, and where its progress cache lives. */
class BackendTest {
    private static final String MYSQL = "jdbc:mysql://db.example:3306/ara";

    static Stream<Arguments> combinations() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String database : new String[] {null, "memory", MYSQL}) {
            for (boolean redis : new boolean[] {false, true}) {
                for (boolean s3 : new boolean[] {false, true}) {
                    all.add(Arguments.of(database, redis, s3));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "ARA_DB_URL={0}, Redis {1}, S3 {2}")
    @MethodSource("combinations")
    void eachCombinationOfVariablesChoosesOneBackend(String database, boolean redis, boolean s3) {
        Map<String, String> env = new HashMap<>();
        env.put("ARA_DATA_DIR", "/tmp/ara-backend-test");
        if (database != null) {
            env.put("ARA_DB_URL", database);
        }
        if (redis) {
            env.put("ARA_REDIS_URL", "redis://cache.example:6379");
        }
        if (s3) {
            env.putAll(Map.of("ARA_S3_ENDPOINT", "https://s3.example", "ARA_S3_BUCKET", "ara",
                    "ARA_S3_ACCESS_KEY", "access", "ARA_S3_SECRET_KEY", "secret-key-of-enough-length"));
        }

        Backend backend = Backend.of(AraSettings.from(ConfigSource.of(env)));

        Class<? extends Backend> expected = database == null ? Backend.EmbeddedH2.class
                : database.equals("memory") ? Backend.InMemory.class : Backend.MySql.class;
        assertThat(backend).isInstanceOf(expected);
        assertThat(backend.redis().isPresent()).as("Redis").isEqualTo(redis);
        assertThat(backend.storage()).isInstanceOf(s3 ? StorageSettings.S3.class : StorageSettings.Local.class);
        Backend.ProgressCache cache = database == null
                ? (redis ? Backend.ProgressCache.REDIS : Backend.ProgressCache.IN_PROCESS)
                : database.equals("memory") ? Backend.ProgressCache.NONE
                : (redis ? Backend.ProgressCache.REDIS : Backend.ProgressCache.NONE);
        assertThat(backend.progressCache()).as("the progress cache").isEqualTo(cache);
        assertThat(backend.describe()).isEqualTo(database == null ? "embedded H2 database"
                : database.equals("memory") ? "audits in memory" : "database " + MYSQL);
    }
}
