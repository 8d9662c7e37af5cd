/** Persistence adapter: audits in MySQL/H2 through JDBI, Redis, and the questionnaire catalog. */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.persistence {
    requires ara.application;

    exports ara.adapter.persistence.memory to ara.bootstrap;
}
