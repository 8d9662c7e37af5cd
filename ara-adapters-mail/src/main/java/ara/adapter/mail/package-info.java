/**
 * Mail adapter: the sender address and the MIME composition (a multipart/alternative of plain text and HTML, UTF-8)
 * shared by the SMTP channel ({@code smtp}) and the embedded default that writes .eml files ({@code file}).
 */
package ara.adapter.mail;
