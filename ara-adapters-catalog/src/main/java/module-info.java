/**
 * Questionnaire catalog adapter: the shipped questionnaire versions and their scoring, read from JSON files on the
 * module path, and the versions published at run time, kept through the {@code PublishedDocuments} out-port.
 */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.catalog {
    requires ara.application;
    requires com.fasterxml.jackson.databind;

    exports ara.adapter.catalog to ara.bootstrap;
}
