/**
 * In-memory adapter: an implementation in this process of every out-port that keeps state (the
 * {@code ARA_DB_URL=memory} mode, the in-process defaults without Redis and the fallbacks while Redis is down).
 */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.memory {
    requires ara.application;
    requires com.github.benmanes.caffeine;

    exports ara.adapter.memory to ara.bootstrap;
}
