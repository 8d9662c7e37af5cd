/** Outbound ports for rate limits. */
package ara.application.port.out.limit;
