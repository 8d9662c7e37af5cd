/** Outbound ports of idempotent requests: claimed keys and the responses stored under them. */
package ara.application.port.out.idempotency;
