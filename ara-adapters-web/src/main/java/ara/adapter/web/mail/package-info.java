/** The mail routes of the HTTP API: the one-click unsubscribe link (RFC 8058) that messages carry. */
package ara.adapter.web.mail;
