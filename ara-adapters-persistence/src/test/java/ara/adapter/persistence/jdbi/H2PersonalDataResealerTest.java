package ara.adapter.persistence.jdbi;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

/** The resealer on the embedded H2 file database, a new file per test. */
class H2PersonalDataResealerTest extends PersonalDataResealerContract {
    @TempDir
    static Path dataDir;

    @Override
    protected DatabaseSettings freshDatabase() {
        return DatabaseSettings.embedded(dataDir.resolve(UUID.randomUUID().toString()));
    }
}
