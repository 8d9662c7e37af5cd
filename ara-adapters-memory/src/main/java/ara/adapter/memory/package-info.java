/**
 * In-memory adapter: audits, reports, users, uploads, chat messages, published questionnaires and the audit log in
 * memory, for tests and for running without a database ({@code ARA_DB_URL=memory}); the progress cache, rate limits
 * and idempotency keys in this process, the embedded default without Redis and the fallback while Redis is down.
 */
package ara.adapter.memory;
