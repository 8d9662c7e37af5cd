package ara.adapter.persistence.jdbi;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the schema up to date with the SQL migrations in {@code db/migration}. Stateless. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Applies the migrations not yet applied; running it again applies nothing.
     *
     * @return how many migrations ran
     */
    static int apply(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Inside a named module a missing "opens db.migration" makes the folder look empty: fail, don't
                // start on an empty schema.
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
