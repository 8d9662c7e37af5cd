/** Services of the transactional outbox: the dispatcher that delivers stored events, and its health check. */
package ara.application.service.outbox;
