/** Telemetry adapter: spans around use cases and outbound ports, and the business counters, with OpenTelemetry. */
@SuppressWarnings("module") // ara.bootstrap is compiled later in the reactor (ADR 0001)
module ara.adapter.telemetry {
    requires transitive ara.application;
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports ara.adapter.telemetry to ara.bootstrap;
}
