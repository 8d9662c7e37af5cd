package ara.adapter.persistence.jdbi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the audit database: where it is and how big its connection pool is. Validated when built.
 *
 * @param jdbcUrl           {@code jdbc:mysql://…} (MySQL 8, MariaDB 10.11+) or {@code jdbc:h2:…} in MySQL mode
 * @param user              may be {@code null} (the driver's default)
 * @param password          may be {@code null}
 * @param maximumPoolSize   connections at most, at least 1
 * @param minimumIdle       idle connections kept, 0 to {@code maximumPoolSize}
 * @param connectionTimeout how long a caller waits for a connection, at least 250 ms
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maximumPoolSize, int minimumIdle,
                               Duration connectionTimeout) {

    /**
     * The H2 options the embedded database needs: the MySQL dialect, lower-case names, patient row locks; every commit
     * written to the file before it returns ({@code WRITE_DELAY=0}: H2's default writes up to 500 ms later, which a
     * killed process loses; the file is not fsynced, see ADR 0016); and no shutdown hook of H2's own
     * ({@code DB_CLOSE_ON_EXIT=FALSE}): the application closes the pool, and with it the database, after its drain.
     */
    public static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
            + ";DB_CLOSE_ON_EXIT=FALSE";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:, got: " + jdbcUrl);
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be >= 1, got " + maximumPoolSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            throw new IllegalArgumentException("minimumIdle must be 0.." + maximumPoolSize + ", got " + minimumIdle);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be >= 250 ms, got " + connectionTimeout);
        }
    }

    /**
     * The embedded default: an H2 file database {@code <dataDir>/ara.mv.db} in MySQL mode, 10 connections.
     *
     * @throws IllegalArgumentException when the directory's path contains a ';' (it would end the URL)
     */
    public static DatabaseSettings embedded(Path dataDir) {
        String path = dataDir.toAbsolutePath().resolve("ara").toString();
        if (path.contains(";")) {
            throw new IllegalArgumentException("the data directory's path must not contain ';': " + path);
        }
        return new DatabaseSettings("jdbc:h2:file:" + path + H2_OPTIONS, "sa", "", 10, 1, Duration.ofSeconds(30));
    }

    /** The same database with another pool size. */
    public DatabaseSettings withPool(int newMaximumPoolSize, int newMinimumIdle) {
        return new DatabaseSettings(jdbcUrl, user, password, newMaximumPoolSize, newMinimumIdle, connectionTimeout);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user " + user + ", password " + (password == null ? "none" : "***")
                + ", pool " + minimumIdle + ".." + maximumPoolSize + ", wait " + connectionTimeout + "]";
    }
}
