/** Persistence adapter: audits in memory, for tests and for running without a database. */
package ara.adapter.persistence.memory;
