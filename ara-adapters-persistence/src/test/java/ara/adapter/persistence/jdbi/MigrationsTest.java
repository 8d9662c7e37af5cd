package ara.adapter.persistence.jdbi;

import ara.contract.MariaDbServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations apply on an empty H2 and MariaDB schema, and a second run applies nothing. */
class MigrationsTest {

    @Test
    void migratingAnH2DatabaseTwiceAppliesTheMigrationsOnce(@TempDir Path dataDir) throws SQLException {
        try (HikariDataSource pool = pool(DatabaseSettings.embedded(dataDir))) {
            assertMigratesOnce(pool);
        }
    }

    @Test
    void migratingAMariaDbSchemaTwiceAppliesTheMigrationsOnce() throws SQLException {
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        try (HikariDataSource pool = pool(MariaDbAuditRepositoryTest.settings(schema))) {
            assertMigratesOnce(pool);
        }
    }

    private static void assertMigratesOnce(DataSource dataSource) throws SQLException {
        assertThat(Migrations.apply(dataSource)).isPositive();
        assertThat(Migrations.apply(dataSource)).isZero();
        assertThat(tables(dataSource)).contains("audits", "audit_answers", "audit_results");
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                     new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static HikariDataSource pool(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        pool.setMaximumPoolSize(2);
        return pool;
    }
}
