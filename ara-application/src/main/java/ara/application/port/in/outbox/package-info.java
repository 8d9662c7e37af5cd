/** Inbound ports of the transactional outbox: delivering the stored events. */
package ara.application.port.in.outbox;
