package ara.application.port.out.audit;

import ara.domain.audit.AuditStatus;

import java.util.Map;

/** Outbound port: counts over every stored audit, for the admin statistics. Thread-safe. */
public interface AuditStatistics {

    /** How many audits are in each status (statuses without audits may be absent). */
    Map<AuditStatus, Long> countByStatus();

    /** How many audits are guest audits (no owner yet). */
    long guestAudits();
}
