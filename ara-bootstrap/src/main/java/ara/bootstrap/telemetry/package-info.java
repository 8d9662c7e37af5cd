/** Bootstrap, telemetry: the OpenTelemetry SDK, the Prometheus page it serves, and the JVM and backend metrics. */
package ara.bootstrap.telemetry;
