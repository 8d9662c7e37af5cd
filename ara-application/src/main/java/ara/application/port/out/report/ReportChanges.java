package ara.application.port.out.report;

import ara.domain.report.Report;
import ara.domain.report.ReportLease;
import ara.domain.report.ReportSnapshot;
import ara.domain.report.ReportState;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Part of the {@link ara.application.port.out.report.ReportRepository} contract, what every implementation of the port does
 * alike: applies a change and checks what it returned, and cuts instants to the microseconds a {@code DATETIME(6)}
 * column keeps, so that every implementation (in memory or SQL) keeps the same thing. Stateless and thread-safe.
 */
public final class ReportChanges {
    private ReportChanges() {
    }

    /**
     * Applies {@code change} to {@code current}. Returns {@code current} itself when the change returned it (nothing
     * to write), else the changed report as it will be stored.
     *
     * @throws IllegalStateException when the change returned nothing, another report, or no higher version
     */
    public static Report apply(Report current, UnaryOperator<Report> change) {
        Report changed = change.apply(current);
        if (changed == current) {
            return current;
        }
        if (changed == null) {
            throw new IllegalStateException("a change of report " + current.id() + " returned null");
        }
        if (!changed.id().equals(current.id()) || !changed.auditId().equals(current.auditId())) {
            throw new IllegalStateException("a change of report " + current.id() + " returned report "
                    + changed.id() + " of audit " + changed.auditId());
        }
        if (changed.version() <= current.version()) {
            throw new IllegalStateException("a change of report " + current.id() + " at version " + current.version()
                    + " returned version " + changed.version() + "; a change must raise the version");
        }
        return storable(changed);
    }

    /** The report as storage keeps it: every instant truncated to microseconds. */
    public static Report storable(Report report) {
        Objects.requireNonNull(report, "report");
        ReportSnapshot snapshot = report.snapshot();
        ReportState state = switch (snapshot.state()) {
            case ReportState.Queued queued -> new ReportState.Queued(queued.attempts(), queued.lastError(),
                    micros(queued.nextAttemptAt()));
            case ReportState.Leased leased -> leased.withLease(new ReportLease(leased.lease().worker(),
                    micros(leased.lease().until())));
            default -> snapshot.state();
        };
        return Report.reload(new ReportSnapshot(snapshot.id(), snapshot.auditId(), snapshot.template(),
                snapshot.options(), snapshot.version(), micros(snapshot.createdAt()), micros(snapshot.updatedAt()),
                state));
    }

    /** An instant as a {@code DATETIME(6)} column keeps it. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
