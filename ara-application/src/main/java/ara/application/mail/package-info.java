/**
 * The messages ARA mails (resume your audit, your report is ready, sign-in link), each rendered as plain text and
 * HTML from the strings of a resource bundle, one per language.
 */
package ara.application.mail;
