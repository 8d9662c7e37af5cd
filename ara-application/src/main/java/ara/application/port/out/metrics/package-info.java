/** Outbound ports of metrics: the business counters the use cases move. */
package ara.application.port.out.metrics;
