/** Services of webhooks: the outbox channel that delivers to every registered endpoint, and their administration. */
package ara.application.service.webhook;
