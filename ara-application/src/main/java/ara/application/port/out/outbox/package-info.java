/** Outbound ports of the transactional outbox: the dispatchers' side of the stored events, and their subscribers. */
package ara.application.port.out.outbox;
