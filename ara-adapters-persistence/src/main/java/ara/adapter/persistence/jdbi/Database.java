package ara.adapter.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * The audit database: a Hikari connection pool on the configured URL, migrated to the current schema when opened.
 * Thread-safe; close it once when the application stops.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String url;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.jdbi = Jdbi.create(this::connection);
        this.url = url;
    }

    /**
     * Opens the pool and applies pending migrations; an embedded H2 file left by a killed process is recovered first
     * ({@link H2CrashRecovery}).
     *
     * @throws DatabaseUnavailable when the database cannot be reached
     * @throws DatabaseFailure     when the migrations or the recovery of an H2 file fail
     */
    public static Database open(DatabaseSettings settings) {
        H2CrashRecovery.recoverIfUnclean(settings.jdbcUrl());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            // Hikari reports an unreachable database with its own PoolInitializationException.
            throw new DatabaseUnavailable("could not connect to " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        try {
            Migrations.apply(pool);
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseFailure("could not migrate " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return new Database(pool, settings.jdbcUrl());
    }

    /**
     * Connector/J settings that save round trips (HikariCP's recommended MySQL set): server-side prepared statements
     * cached per connection, and session state (autocommit, isolation) tracked locally so that JDBI's per-transaction
     * calls do not each become a statement. URL parameters given by the operator take precedence.
     */
    private static final Map<String, String> MYSQL_DRIVER_PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "useServerPrepStmts", "true",
            "useLocalSessionState", "true",
            "rewriteBatchedStatements", "true",
            "cacheResultSetMetadata", "true",
            "cacheServerConfiguration", "true",
            "elideSetAutoCommits", "true",
            "maintainTimeStats", "false");

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ara-db");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // Writes lock the audit row first and see the latest committed rows after it; READ COMMITTED also spares
        // InnoDB's gap locks (fewer deadlocks between audits). Reads ask for REPEATABLE READ themselves.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (settings.jdbcUrl().startsWith("jdbc:mysql:")) {
            MYSQL_DRIVER_PROPERTIES.forEach(config::addDataSourceProperty);
        }
        return config;
    }

    /**
     * A pooled connection. Once the pool is closed (the application stops after its drain), a request that still
     * comes finds the database unavailable, a transient connection failure, not a broken database.
     */
    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (pool.isClosed()) {
                throw new SQLTransientConnectionException("the database pool is closed: ARA is stopping", "08003", e);
            }
            throw e;
        }
    }

    /** How busy the pool is right now, e.g. for the {@code db.client.connection.*} metrics. */
    public PoolStatistics poolStatistics() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return new PoolStatistics(0, 0, 0, pool.getMaximumPoolSize());
        }
        return new PoolStatistics(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize());
    }

    /** The kind of database, as the semantic conventions' {@code db.system.name}: {@code h2} or {@code mysql}. */
    public String system() {
        return url.startsWith("jdbc:h2:") ? "h2" : url.startsWith("jdbc:mariadb:") ? "mariadb" : "mysql";
    }

    Jdbi jdbi() {
        return jdbi;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Closes every pooled connection (an embedded H2 database is then closed and flushed too). */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + url + "]";
    }
}
