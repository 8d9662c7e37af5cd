/**
 * Persistence adapter: rate limits and idempotency keys in Redis (Jedis), shared by every instance of the
 * application; each check or claim is one atomic Lua script.
 */
package ara.adapter.persistence.redis;
