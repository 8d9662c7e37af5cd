/** Inbound ports for scoring answers. */
package ara.application.port.in.scoring;
