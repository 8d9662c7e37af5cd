/** Web adapter: the Javalin HTTP API, problem+json error mapping and the OpenAPI document. */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.web {
    requires ara.application;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports ara.adapter.web to ara.bootstrap;

    // Jackson writes the response records by reflection.
    opens ara.adapter.web.problem to com.fasterxml.jackson.databind;
    opens ara.adapter.web.audit to com.fasterxml.jackson.databind;
    opens ara.adapter.web.questionnaire to com.fasterxml.jackson.databind;
    opens ara.adapter.web.scoring to com.fasterxml.jackson.databind;
    opens ara.adapter.web.health to com.fasterxml.jackson.databind;
    opens ara.adapter.web.report to com.fasterxml.jackson.databind;
    opens ara.adapter.web.storage to com.fasterxml.jackson.databind;
    opens ara.adapter.web.admin to com.fasterxml.jackson.databind;
    opens ara.adapter.web.chat to com.fasterxml.jackson.databind;
    opens ara.adapter.web.account to com.fasterxml.jackson.databind;
}
