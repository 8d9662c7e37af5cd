/** The application ring: use cases (port.in), the ports the core needs (port.out) and the services behind them. */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.application {
    requires transitive ara.domain;

    exports ara.application.port.in.account;
    exports ara.application.port.in.admin;
    exports ara.application.port.in.audit;
    exports ara.application.port.in.chat;
    exports ara.application.port.in.health;
    exports ara.application.port.in.idempotency;
    exports ara.application.port.in.identity;
    exports ara.application.port.in.limit;
    exports ara.application.port.in.notification;
    exports ara.application.port.in.outbox;
    exports ara.application.port.in.questionnaire;
    exports ara.application.port.in.report;
    exports ara.application.port.in.scoring;
    exports ara.application.port.in.storage;
    exports ara.application.port.in.webhook;
    exports ara.application.port.out;
    exports ara.application.port.out.admin;
    exports ara.application.port.out.audit;
    exports ara.application.port.out.auditlog;
    exports ara.application.port.out.chat;
    exports ara.application.port.out.health;
    exports ara.application.port.out.idempotency;
    exports ara.application.port.out.identity;
    exports ara.application.port.out.limit;
    exports ara.application.port.out.metrics;
    exports ara.application.port.out.notification;
    exports ara.application.port.out.outbox;
    exports ara.application.port.out.questionnaire;
    exports ara.application.port.out.report;
    exports ara.application.port.out.storage;
    exports ara.application.port.out.webhook;

    // The mail templates and the services are reached only through the composition root.
    exports ara.application.mail to ara.bootstrap;
    exports ara.application.service.account to ara.bootstrap;
    exports ara.application.service.admin to ara.bootstrap;
    exports ara.application.service.audit to ara.bootstrap;
    exports ara.application.service.chat to ara.bootstrap;
    exports ara.application.service.health to ara.bootstrap;
    exports ara.application.service.idempotency to ara.bootstrap;
    exports ara.application.service.identity to ara.bootstrap;
    exports ara.application.service.limit to ara.bootstrap;
    exports ara.application.service.notification to ara.bootstrap;
    exports ara.application.service.outbox to ara.bootstrap;
    exports ara.application.service.questionnaire to ara.bootstrap;
    exports ara.application.service.report to ara.bootstrap;
    exports ara.application.service.scoring to ara.bootstrap;
    exports ara.application.service.storage to ara.bootstrap;
    exports ara.application.service.webhook to ara.bootstrap;
}
