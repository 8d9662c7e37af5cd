/**
 * How personal data is kept at rest (a support module, not an adapter): sealing with rotating data keys and keyed
 * hashes ({@code ara.atrest.seal}), the hand-written JSON formats of stored audits, answers, results and chat
 * suggestions ({@code ara.atrest.json}), and idempotency records sealed over any store ({@code
 * ara.atrest.idempotency}). The JDBI and Redis adapters both require it.
 */
// "module" lint: the targets of the qualified exports are compiled later in the reactor.
@SuppressWarnings("module")
module ara.atrest {
    requires ara.domain;
    requires ara.application;
    requires com.fasterxml.jackson.databind;

    exports ara.atrest.seal to ara.adapter.persistence, ara.adapter.redis, ara.bootstrap;
    exports ara.atrest.json to ara.adapter.persistence, ara.adapter.redis;
    exports ara.atrest.idempotency to ara.bootstrap;
}
