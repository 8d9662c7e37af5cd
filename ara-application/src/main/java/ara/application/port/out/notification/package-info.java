/** Outbound port of notifications: the mail channel that sends one rendered message to one recipient. */
package ara.application.port.out.notification;
