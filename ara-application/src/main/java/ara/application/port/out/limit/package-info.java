/** Outbound ports of rate limits: the limiter and the limits it enforces. */
package ara.application.port.out.limit;
