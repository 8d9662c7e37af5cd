/** Services of notifications: the mail channel of the outbox, resume links and the one-click opt-out. */
package ara.application.service.notification;
