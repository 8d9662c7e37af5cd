/** Outbound ports: what the application core needs from the outside world, named by role. */
package ara.application.port.out;
