/** Inbound port: idempotent writes (a retried request with the same {@code Idempotency-Key} is answered once). */
package ara.application.port.in.idempotency;
