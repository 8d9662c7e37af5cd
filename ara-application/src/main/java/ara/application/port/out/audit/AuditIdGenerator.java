package ara.application.port.out.audit;

import ara.domain.audit.AuditId;

/** Outbound port: hands out new, unique audit ids. Thread-safe. */
@FunctionalInterface
public interface AuditIdGenerator {
    AuditId next();
}
