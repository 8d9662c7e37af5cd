/** Outbound ports of webhooks: the registered endpoints, and the sender that checks targets and posts events. */
package ara.application.port.out.webhook;
