/** Mail adapter: messages sent to an SMTP server over STARTTLS or TLS with a verified certificate. */
package ara.adapter.mail.smtp;
