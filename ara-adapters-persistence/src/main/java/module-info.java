/**
 * Persistence adapter: audits, reports, users, uploads, chat messages, published questionnaires, the audit log and
 * the maintenance lease in MySQL/MariaDB or an embedded H2 file, through JDBI on a Hikari pool, the schema migrated
 * by Flyway; personal data sealed at rest ({@code ara.atrest}).
 */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.persistence {
    requires ara.application;
    requires ara.atrest;
    requires java.sql;
    requires org.jdbi.v3.core;
    requires com.zaxxer.hikari;
    requires flyway.core;
    // MVStore's recovery mode for an embedded file a killed process left (H2CrashRecovery).
    requires com.h2database;

    exports ara.adapter.persistence.jdbi to ara.bootstrap;

    // Flyway reads the SQL migrations as resources of this module.
    opens db.migration;
}
