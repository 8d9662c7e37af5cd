/** Persistence adapter: audits in MySQL/H2 through JDBI, Redis, and the questionnaire catalog. */
@SuppressWarnings("module") // the qualified export names ara.bootstrap, which is built after this module
module ara.adapter.persistence {
    requires ara.application;
    requires com.fasterxml.jackson.databind;

    exports ara.adapter.persistence.catalog to ara.bootstrap;
}
