/** Inbound ports for administrators and the scheduler: retention clean-ups and statistics. */
package ara.application.port.in.admin;
