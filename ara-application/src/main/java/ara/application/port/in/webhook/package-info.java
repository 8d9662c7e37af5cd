/** Inbound ports of webhooks: admins register, change, rotate and remove endpoints. */
package ara.application.port.in.webhook;
