package ara.adapter.persistence.jdbi;

import ara.contract.AuditRepositoryContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests run as the build means them to: inside the named module, with the testkit on the class path. */
class ModuleLayoutTest {

    @Test
    void testsRunInsideTheNamedModuleAndTheTestkitOnTheClassPath() {
        assertThat(JdbiAuditRepository.class.getModule().getName()).isEqualTo("ara.adapter.persistence");
        assertThat(getClass().getModule()).isSameAs(JdbiAuditRepository.class.getModule());
        assertThat(AuditRepositoryContract.class.getModule().isNamed()).isFalse();
    }

    @Test
    void theMigrationsAreResourcesOfTheModule() throws IOException {
        try (InputStream migration = JdbiAuditRepository.class.getModule()
                .getResourceAsStream("db/migration/V1__audits.sql")) {
            assertThat(migration).isNotNull();
        }
    }
}
