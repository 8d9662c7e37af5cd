/**
 * Persistence adapter: audits in MySQL, MariaDB or an embedded H2 file through JDBI, on a Hikari pool, with the
 * schema migrated by Flyway; answers and results are JSON documents in text columns.
 */
package ara.adapter.persistence.jdbi;
