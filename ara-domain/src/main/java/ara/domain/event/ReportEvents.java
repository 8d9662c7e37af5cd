package ara.domain.event;

import ara.domain.report.Report;
import ara.domain.report.ReportStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a change of a report means to the outside: {@code report.ready} when it became ready, {@code report.failed}
 * when it was given up on. Derived from the two states alone. Stateless.
 */
public final class ReportEvents {
    private ReportEvents() {
    }

    /** The events of the change from {@code before} to {@code after}. */
    public static List<DomainEvent> changed(Report before, Report after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.status() == after.status()) {
            return List.of();
        }
        return switch (after.status()) {
            case READY -> List.of(event(EventType.REPORT_READY, after));
            case FAILED -> List.of(event(EventType.REPORT_FAILED, after));
            default -> List.of();
        };
    }

    private static DomainEvent event(EventType type, Report report) {
        return new DomainEvent(DomainEvent.idOf(type, report.id().value(), report.version()), type,
                report.updatedAt(), report.auditId(), Optional.of(report.id()), report.status().code(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }
}
