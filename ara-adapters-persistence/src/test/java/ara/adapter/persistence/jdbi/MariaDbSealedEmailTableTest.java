package ara.adapter.persistence.jdbi;

import ara.contract.MariaDbServer;
import org.jdbi.v3.core.Jdbi;

/** Sealed emails in a real MySQL-compatible server (the testkit's), in a schema of its own. */
class MariaDbSealedEmailTableTest extends SealedEmailTableContract {

    @Override
    protected Jdbi jdbi() {
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        return Jdbi.create(schema.jdbcUrl(), schema.user(), schema.password());
    }
}
