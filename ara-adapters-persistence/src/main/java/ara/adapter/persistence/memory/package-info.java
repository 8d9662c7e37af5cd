/**
 * Persistence adapter: audits, users and the audit log in memory, for tests and for running without a database;
 * rate limits and idempotency keys in this process, the embedded default without Redis.
 */
package ara.adapter.persistence.memory;
