package ara.bootstrap;

import ara.adapter.redis.RedisConnection;
import ara.adapter.redis.RedisGuardSettings;
import ara.bootstrap.cli.CheckConfigCommand.Check;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.DatabaseChoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The connectivity checks of {@code bin/ara check-config}: read-only round trips to the configured backends (a
 * {@code SELECT 1} on a plain JDBC connection, so nothing is migrated; a Redis {@code PING}; a writable data
 * directory). Details name no password. Stateless.
 */
final class Connectivity {
    private static final int TIMEOUT_SECONDS = 5;

    private Connectivity() {
    }

    static List<Check> of(AraSettings settings) {
        List<Check> checks = new ArrayList<>();
        checks.add(dataDirectory(settings.dataDir()));
        Backend backend = Backend.of(settings);
        checks.add(database(backend));
        backend.redis().ifPresent(redis -> {
            try (RedisConnection connection = RedisConnection.open(redis, RedisGuardSettings.DEFAULTS)) {
                checks.add(new Check("redis", true, "PING answered " + connection.ping()));
            } catch (RuntimeException e) {
                checks.add(new Check("redis", false, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        });
        return checks;
    }

    private static Check dataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".check-config", ".tmp");
            Files.delete(probe);
            return new Check("data directory", true, dataDir.toAbsolutePath() + " is writable");
        } catch (IOException | RuntimeException e) {
            return new Check("data directory", false, dataDir.toAbsolutePath() + " is not writable: " + e);
        }
    }

    private static Check database(Backend backend) {
        return switch (backend) {
            case Backend.InMemory ignored -> new Check("database", true, "audits in memory");
            case Backend.EmbeddedH2 ignored -> new Check("database", true, "embedded H2 in the data directory");
            case Backend.MySql mysql -> external(mysql.database());
        };
    }

    private static Check external(DatabaseChoice.External external) {
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(external.jdbcUrl(), external.user(),
                external.password()); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return new Check("database", true, "SELECT 1 on " + connection.getMetaData().getDatabaseProductName()
                    + " " + connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            return new Check("database", false, "cannot reach " + withoutCredentials(external.jdbcUrl()) + ": "
                    + e.getMessage());
        }
    }

    /** The URL without its query, where a password may sit. */
    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
