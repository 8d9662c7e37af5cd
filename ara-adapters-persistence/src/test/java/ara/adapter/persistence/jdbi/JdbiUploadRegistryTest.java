package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.storage.UploadRegistry;
import ara.contract.MariaDbServer;
import ara.contract.UploadRegistryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The JDBI upload registry against its contract, on H2 and on MariaDB. */
class JdbiUploadRegistryTest {

    @Nested
    class OnH2 extends UploadRegistryContract {
        @Override
        protected UploadRegistry registry() {
            return H2.registry;
        }

        @Override
        protected AuditRepository audits() {
            return H2.audits;
        }
    }

    @Nested
    class OnMariaDb extends UploadRegistryContract {
        @Override
        protected UploadRegistry registry() {
            return MariaDb.registry;
        }

        @Override
        protected AuditRepository audits() {
            return MariaDb.audits;
        }
    }

    @TempDir
    static Path dataDir;

    private static Databases H2;
    private static Databases MariaDb;

    /** One database with the registry and the audits on it. */
    private record Databases(Database database, JdbiUploadRegistry registry, JdbiAuditRepository audits) {
        static Databases open(DatabaseSettings settings) {
            Database database = Database.open(settings);
            return new Databases(database, new JdbiUploadRegistry(database), Repositories.audits(database));
        }
    }

    @BeforeAll
    static void openDatabases() {
        H2 = Databases.open(DatabaseSettings.embedded(dataDir));
        MariaDb = Databases.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
    }

    @AfterAll
    static void closeDatabases() {
        H2.database().close();
        MariaDb.database().close();
    }
}
