/** Webhook endpoints that admins register: where events go, which ones, signed with which secrets. */
package ara.domain.webhook;
