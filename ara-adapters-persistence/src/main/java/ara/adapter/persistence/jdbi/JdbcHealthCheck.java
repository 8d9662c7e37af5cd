package ara.adapter.persistence.jdbi;

import ara.application.port.out.health.HealthCheck;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

/**
 * The database's health check: a {@code SELECT 1} through the pool (so a full pool or a dead server shows), with a
 * query timeout. The schema is migrated before ARA serves at all ({@link Database#open}), so a database that
 * answers here has its migrations applied. Thread-safe.
 */
public final class JdbcHealthCheck implements HealthCheck {
    public static final String NAME = "database";

    private final Database database;
    private final int timeoutSeconds;

    /** @param timeout how long the query may run (whole seconds, at least 1: JDBC's granularity) */
    public JdbcHealthCheck(Database database, Duration timeout) {
        this.database = Objects.requireNonNull(database, "database");
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Probe probe() {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                if (!rows.next() || rows.getInt(1) != 1) {
                    return Probe.down("SELECT 1 returned no 1");
                }
            }
            PoolStatistics pool = database.poolStatistics();
            return Probe.up(database.system() + ": SELECT 1 answered, migrations applied; pool " + pool.active()
                    + " active, " + pool.idle() + " idle, " + pool.pending() + " waiting of " + pool.maximum());
        } catch (SQLException e) {
            throw new DatabaseUnavailable("SELECT 1 failed: " + e.getMessage(), e);
        }
    }
}
