/** Outbound ports of audits: their storage, ids, retention, statistics and the progress cache. */
package ara.application.port.out.audit;
