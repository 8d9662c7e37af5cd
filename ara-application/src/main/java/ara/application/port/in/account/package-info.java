/** Inbound ports: a person's own data: erasure, export, retaking and comparing audits. */
package ara.application.port.in.account;
