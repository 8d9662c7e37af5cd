/** Outbound ports of health: the checks that readiness probes. */
package ara.application.port.out.health;
