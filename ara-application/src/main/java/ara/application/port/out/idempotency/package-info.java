/** Outbound ports for idempotency keys. */
package ara.application.port.out.idempotency;
