package ara.application.port.out;

import ara.domain.audit.AuditId;

/** Outbound port: hands out new, unique audit ids. Thread-safe. */
@FunctionalInterface
public interface AuditIdGenerator {
    AuditId next();
}
