package ara.bootstrap;

import ara.adapter.redis.RedisSettings;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.DatabaseChoice;
import ara.bootstrap.config.StorageSettings;

import java.util.Objects;
import java.util.Optional;

/**
 * Where ARA keeps its data, chosen once from the settings ({@link #of}): audits in memory, in the embedded H2
 * database or in MySQL, each with or without a Redis server shared by the instances, and with the objects in a local
 * directory or in S3. Every command builds its stores from this choice ({@link Stores}). Immutable.
 */
sealed interface Backend {

    /** The Redis server for rate limits, idempotency keys and the progress cache; empty: all of them in process. */
    Optional<RedisSettings> redis();

    /** Where report documents and uploads are kept: a local directory or S3. */
    StorageSettings storage();

    /** {@code ARA_DB_URL=memory}: nothing outlives the process. */
    record InMemory(Optional<RedisSettings> redis, StorageSettings storage) implements Backend {
        public InMemory {
            Objects.requireNonNull(redis, "redis");
            Objects.requireNonNull(storage, "storage");
        }
    }

    /** No {@code ARA_DB_URL}: an H2 file database in the data directory, which one process holds. */
    record EmbeddedH2(DatabaseChoice.Embedded database, Optional<RedisSettings> redis, StorageSettings storage)
            implements Backend {
        public EmbeddedH2 {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(redis, "redis");
            Objects.requireNonNull(storage, "storage");
        }
    }

    /** {@code ARA_DB_URL=jdbc:mysql:…}: a MySQL-compatible server, which several instances may share. */
    record MySql(DatabaseChoice.External database, Optional<RedisSettings> redis, StorageSettings storage)
            implements Backend {
        public MySql {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(redis, "redis");
            Objects.requireNonNull(storage, "storage");
        }
    }

    /** Where the progress cache in front of the audits lives. */
    enum ProgressCache {
        /** In Redis: shared by every instance, kept coherent by every write. */
        REDIS,
        /** In process: only over the embedded database, which one process owns. */
        IN_PROCESS,
        /** None: audits in memory need none; a MySQL server without Redis may be changed by other instances. */
        NONE
    }

    /** The backend the settings describe. */
    static Backend of(AraSettings settings) {
        return switch (settings.database()) {
            case DatabaseChoice.InMemory ignored -> new InMemory(settings.redis(), settings.storage());
            case DatabaseChoice.Embedded embedded -> new EmbeddedH2(embedded, settings.redis(), settings.storage());
            case DatabaseChoice.External external -> new MySql(external, settings.redis(), settings.storage());
        };
    }

    /** Where this backend's progress cache lives. */
    default ProgressCache progressCache() {
        return switch (this) {
            case InMemory ignored -> ProgressCache.NONE;
            case EmbeddedH2 h2 -> h2.redis().isPresent() ? ProgressCache.REDIS : ProgressCache.IN_PROCESS;
            case MySql mysql -> mysql.redis().isPresent() ? ProgressCache.REDIS : ProgressCache.NONE;
        };
    }

    /** Where audits are kept, as the start-up and {@code migrate} log lines say it. */
    default String describe() {
        return switch (this) {
            case InMemory ignored -> "audits in memory";
            case EmbeddedH2 ignored -> "embedded H2 database";
            case MySql mysql -> "database " + mysql.database().jdbcUrl();
        };
    }
}
