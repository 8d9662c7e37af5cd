package ara.bootstrap.e2e;

import ara.contract.MariaDbServer;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The journey against a real MariaDB server (a fresh schema), as production runs against MySQL. */
class MariaDbAuditJourneyTest extends DurableAuditJourneyContract {
    private static MariaDbServer.Schema schema;

    @BeforeAll
    static void freshSchema() {
        schema = MariaDbServer.freshSchema();
    }

    @Override
    Map<String, String> environment() {
        return Map.of("ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password());
    }
}
