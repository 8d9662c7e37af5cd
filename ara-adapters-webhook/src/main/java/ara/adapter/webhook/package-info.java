/** Webhook delivery: Standard Webhooks signatures, JSON payloads, server-side request forgery rules, Jetty client. */
package ara.adapter.webhook;
