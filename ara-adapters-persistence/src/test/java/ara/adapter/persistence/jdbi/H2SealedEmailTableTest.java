package ara.adapter.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sealed emails in the embedded default's database: an H2 file in MySQL mode. */
class H2SealedEmailTableTest extends SealedEmailTableContract {
    @TempDir
    Path dataDir;

    @Override
    protected Jdbi jdbi() {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
