package ara.bootstrap.e2e;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** The journey on the embedded default: an H2 file database in a fresh data directory. */
class EmbeddedH2AuditJourneyTest extends DurableAuditJourneyContract {
    @TempDir
    static Path dataDir;

    @Override
    Map<String, String> environment() {
        return Map.of("ARA_DATA_DIR", dataDir.toString());
    }
}
