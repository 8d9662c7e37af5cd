/** Outbound ports for reports. */
package ara.application.port.out.report;
