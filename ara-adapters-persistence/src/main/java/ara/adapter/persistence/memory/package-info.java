/**
 * Persistence adapter: audits, users and the audit log in memory, for tests and for running without a database;
 * the progress cache, rate limits and idempotency keys in this process, the embedded default without Redis and the
 * fallback while Redis is down.
 */
package ara.adapter.persistence.memory;
