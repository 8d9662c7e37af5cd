/** The application ring: use cases (port.in), the ports the core needs (port.out) and the services behind them. */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.application {
    requires transitive ara.domain;
    // Instrumentation only: spans around use cases and business counters (docs/adr/0012).
    requires transitive io.opentelemetry.api;
    requires transitive io.opentelemetry.context;

    exports ara.application.port.in.admin;
    exports ara.application.port.in.audit;
    exports ara.application.port.in.chat;
    exports ara.application.port.in.health;
    exports ara.application.port.in.identity;
    exports ara.application.port.in.idempotency;
    exports ara.application.port.in.limit;
    exports ara.application.port.in.questionnaire;
    exports ara.application.port.in.report;
    exports ara.application.port.in.scoring;
    exports ara.application.port.in.storage;
    exports ara.application.port.out;
    exports ara.application.port.out.audit;
    exports ara.application.port.out.idempotency;
    exports ara.application.port.out.limit;
    exports ara.application.port.out.questionnaire;
    exports ara.application.port.out.report;
    exports ara.application.service to ara.bootstrap;
}
