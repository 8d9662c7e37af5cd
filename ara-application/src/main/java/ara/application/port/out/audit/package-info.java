/** Outbound ports for audits. */
package ara.application.port.out.audit;
