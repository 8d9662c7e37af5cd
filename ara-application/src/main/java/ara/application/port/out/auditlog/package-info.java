/** Outbound ports of the audit log: who did what to which audit, and when. */
package ara.application.port.out.auditlog;
