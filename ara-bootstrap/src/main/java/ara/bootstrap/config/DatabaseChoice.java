package ara.bootstrap.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings: where audits are stored. {@link Embedded} (the default: an H2 file database in the data directory),
 * {@link External} (MySQL/MariaDB/PlanetScale through {@code ARA_DB_URL}) or {@link InMemory} (nothing kept; for
 * tests and demos, {@code ARA_DB_URL=memory}).
 */
public sealed interface DatabaseChoice {

    /** An H2 file database (MySQL mode) in {@code dataDir}. */
    record Embedded(Path dataDir, Pool pool) implements DatabaseChoice {
        public Embedded {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(pool, "pool");
        }
    }

    /** A MySQL-compatible server. */
    record External(String jdbcUrl, String user, String password, Pool pool) implements DatabaseChoice {
        public External {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(pool, "pool");
        }

        @Override
        public String toString() {
            return "External[" + jdbcUrl + ", user=" + user + ", password=***, " + pool + "]";
        }
    }

    /** Audits in memory only. */
    record InMemory() implements DatabaseChoice {
    }

    /**
     * Connection pool sizing.
     *
     * @param maximumSize         most connections ({@code ARA_DB_POOL_SIZE})
     * @param minimumIdle         idle connections kept ({@code ARA_DB_POOL_MIN_IDLE})
     * @param connectionTimeoutMs how long a request waits for a connection ({@code ARA_DB_CONNECTION_TIMEOUT_MS})
     */
    record Pool(int maximumSize, int minimumIdle, int connectionTimeoutMs) {
        public Pool {
            if (minimumIdle > maximumSize) {
                throw new InvalidConfiguration("ARA_DB_POOL_MIN_IDLE", "must not exceed ARA_DB_POOL_SIZE ("
                        + maximumSize + "), got " + minimumIdle);
            }
        }
    }
}
