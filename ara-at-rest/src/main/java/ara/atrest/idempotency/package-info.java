/** Idempotency records kept sealed: stored responses that only the holder of the idempotency key can open. */
package ara.atrest.idempotency;
