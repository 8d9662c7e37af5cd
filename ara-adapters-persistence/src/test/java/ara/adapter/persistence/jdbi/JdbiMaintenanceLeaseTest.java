package ara.adapter.persistence.jdbi;

import ara.application.port.out.admin.MaintenanceLease;
import ara.contract.MaintenanceLeaseContract;
import ara.contract.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Maintenance leases in H2 and in MariaDB against the contract, and shared by two pools as two instances would. */
class JdbiMaintenanceLeaseTest {

    @Nested
    class OnH2 extends MaintenanceLeaseContract {
        @TempDir
        static Path dataDir;
        private static Database database;

        @BeforeAll
        static void open() {
            database = Database.open(DatabaseSettings.embedded(dataDir));
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        protected MaintenanceLease lease() {
            return new JdbiMaintenanceLease(database);
        }
    }

    @Nested
    class OnMariaDb extends MaintenanceLeaseContract {
        private static DatabaseSettings settings;
        private static Database database;

        @BeforeAll
        static void open() {
            settings = MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema());
            database = Database.open(settings);
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        protected MaintenanceLease lease() {
            return new JdbiMaintenanceLease(database);
        }

        @Test
        void twoInstancesOnOneSchemaNeverHoldTheGuestCleanupAtOnce() {
            Instant now = Instant.parse("2040-01-01T00:00:00Z");
            try (Database other = Database.open(settings.withPool(2, 0))) {
                MaintenanceLease first = new JdbiMaintenanceLease(database);
                MaintenanceLease second = new JdbiMaintenanceLease(other);
                assertThat(first.tryAcquire("guest-cleanup", "instance-1", now, Duration.ofMinutes(15))).isTrue();
                assertThat(second.tryAcquire("guest-cleanup", "instance-2", now, Duration.ofMinutes(15))).isFalse();
                first.release("guest-cleanup", "instance-1");
                assertThat(second.tryAcquire("guest-cleanup", "instance-2", now, Duration.ofMinutes(15))).isTrue();
                second.release("guest-cleanup", "instance-2");
            }
        }
    }
}
