/**
 * Persistence adapter: audits in MySQL/H2 through JDBI; the progress cache, rate limits and idempotency keys in Redis
 * (behind a circuit breaker, falling back to this process) or in process; the questionnaire catalog; personal data
 * sealed at rest.
 */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.persistence {
    requires ara.application;
    requires java.sql;
    requires org.jdbi.v3.core;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires com.fasterxml.jackson.databind;
    requires redis.clients.jedis;
    requires com.github.benmanes.caffeine;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.retry;
    requires org.apache.commons.pool2;

    exports ara.adapter.persistence.catalog to ara.bootstrap;
    exports ara.adapter.persistence.memory to ara.bootstrap;
    exports ara.adapter.persistence.jdbi to ara.bootstrap;
    exports ara.adapter.persistence.crypto to ara.bootstrap;
    exports ara.adapter.persistence.redis to ara.bootstrap;

    // Flyway reads the SQL migrations as resources of this module.
    opens db.migration;
}
