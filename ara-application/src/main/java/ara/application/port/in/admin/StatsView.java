package ara.application.port.in.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Figures about every audit.
 *
 * @param auditsByStatus  audits per status code, every status present
 * @param total           all audits
 * @param completionRate  the share of audits submitted or further (0 when there are none), 0..1
 * @param guestAudits     audits still held by a guest
 * @param guestsConverted guest audits claimed by a signed-in user (as the audit log of the last year records)
 * @param reportsByStatus reports per status code, every status present
 * @param queueDepth      report jobs waiting for or held by a worker (queued, rendering)
 */
public record StatsView(Map<String, Long> auditsByStatus, long total, double completionRate, long guestAudits,
                        long guestsConverted, Map<String, Long> reportsByStatus, long queueDepth) {
    public StatsView {
        // In the order given (the statuses' lifecycle order), unmodifiable.
        auditsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(auditsByStatus,
                "auditsByStatus")));
        reportsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(reportsByStatus,
                "reportsByStatus")));
    }
}
