/**
 * Outbound ports: what the application core needs from the outside world, named by role; each concept's ports are
 * in a sub-package, this package keeps the few every concept shares (ids, secrets, an unavailable store).
 */
package ara.application.port.out;
