package ara.application.port.out;

import java.util.List;

/** Outbound port: the append-only log of security-relevant events. Thread-safe. */
public interface AuditLog {

    /** Appends one event; never updates or deletes. */
    void record(AuditEvent event);

    /** The newest events first, at most {@code limit} (for admins and tests). */
    List<AuditEvent> latest(int limit);
}
