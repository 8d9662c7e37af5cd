/** The composition root: reads configuration, wires adapters to use cases and starts ARA. */
// "module" lint: the qualified export names a module of a library.
@SuppressWarnings("module")
module ara.bootstrap {
    requires ara.application;
    requires ara.adapter.web;
    requires ara.atrest;
    requires ara.adapter.memory;
    requires ara.adapter.catalog;
    requires ara.adapter.redis;
    requires ara.adapter.persistence;
    requires ara.adapter.storage;
    requires ara.adapter.report;
    requires ara.adapter.identity;
    requires ara.adapter.assistant;
    requires ara.adapter.telemetry;
    requires ara.adapter.mail;
    requires ara.adapter.webhook;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires io.opentelemetry.sdk;
    requires io.opentelemetry.sdk.common;
    requires io.opentelemetry.sdk.trace;
    requires io.opentelemetry.sdk.metrics;
    requires io.opentelemetry.sdk.autoconfigure;
    requires io.opentelemetry.sdk.autoconfigure.spi;
    requires java.management;
    requires java.sql;
    requires jdk.management;

    // Logback instantiates the layout named in logback.xml and sets its properties by reflection.
    exports ara.bootstrap.logging to ch.qos.logback.core;
}
