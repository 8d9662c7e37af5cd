/** Outbound ports of identity: token verification and the user directory. */
package ara.application.port.out.identity;
