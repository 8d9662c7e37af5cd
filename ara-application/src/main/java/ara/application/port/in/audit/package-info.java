/** Inbound ports for taking an audit: start, answer, submit, read. */
package ara.application.port.in.audit;
