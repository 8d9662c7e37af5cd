/**
 * Redis adapter: the progress cache, rate limits and idempotency keys in Redis (Jedis), shared by every instance of
 * the application; each check, claim or cache write is one atomic Lua script. Every call goes through
 * {@link ara.adapter.redis.RedisGuard} (circuit breaker, bounded retry); the {@code Fallback*} decorators (over any
 * in-process implementation of the port) and the cache itself keep Redis failures from callers. See docs/adr/0007
 * and docs/adr/0008.
 */
package ara.adapter.redis;
