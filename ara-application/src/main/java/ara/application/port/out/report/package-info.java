/** Outbound ports of reports: their storage, job queue, rendering, retention and statistics. */
package ara.application.port.out.report;
