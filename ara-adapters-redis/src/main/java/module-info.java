/**
 * Redis adapter: the progress cache, rate limits, idempotency keys and health check in Redis through Jedis, every
 * call behind a circuit breaker and a bounded retry, with decorators that fall back to this process.
 */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.redis {
    requires ara.application;
    requires ara.atrest;
    requires redis.clients.jedis;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.retry;
    requires org.apache.commons.pool2;

    exports ara.adapter.redis to ara.bootstrap;
}
