/** OpenTelemetry adapter: the span decorator of use cases and ports, and the business counters' implementation. */
package ara.adapter.telemetry;
