/** Persistence adapter: audits in MySQL/H2 through JDBI, Redis, and the questionnaire catalog. */
module ara.adapter.persistence {
    requires ara.application;
}
