/** Services of the idempotent-request use case. */
package ara.application.service.idempotency;
