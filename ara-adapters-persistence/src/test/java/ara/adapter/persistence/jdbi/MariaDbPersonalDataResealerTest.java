package ara.adapter.persistence.jdbi;

import ara.contract.MariaDbServer;

/** The resealer on a real MySQL-compatible server (the testkit's), a fresh schema per test. */
class MariaDbPersonalDataResealerTest extends PersonalDataResealerContract {
    @Override
    protected DatabaseSettings freshDatabase() {
        return MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema());
    }
}
