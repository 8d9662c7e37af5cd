/** Inbound ports of notifications: resume links asked for again and redeemed, and the one-click opt-out. */
package ara.application.port.in.notification;
