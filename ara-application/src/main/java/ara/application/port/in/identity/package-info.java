/** Inbound ports for identifying callers. */
package ara.application.port.in.identity;
