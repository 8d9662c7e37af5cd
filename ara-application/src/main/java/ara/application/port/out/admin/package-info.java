/** Outbound ports of administration: the lease that lets one maintenance run at a time. */
package ara.application.port.out.admin;
