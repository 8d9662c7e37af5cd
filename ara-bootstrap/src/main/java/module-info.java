/** The composition root: reads configuration, wires adapters to use cases and starts ARA. */
module ara.bootstrap {
    requires ara.application;
    requires ara.adapter.web;
    requires ara.adapter.persistence;
    requires ara.adapter.storage;
    requires ara.adapter.report;
    requires ara.adapter.identity;
    requires ara.adapter.assistant;
    requires org.slf4j;
}
