/**
 * Mail adapter: the embedded default without an SMTP server, each message written as an RFC 5322 .eml file readable
 * by its owner only, and deleted after the retention period.
 */
package ara.adapter.mail.file;
