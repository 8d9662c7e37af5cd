package ara.application.service.admin;

import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpReportsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Service: deletes finished reports (ready, failed, cancelled) last changed at least the retention ago, their
 * documents first (a report whose document cannot be deleted now is kept for the next run), at most
 * {@value #PER_RUN} per run; logs {@code maintenance.report_cleanup}. Thread-safe.
 */
public final class CleanUpReportsService implements CleanUpReportsUseCase {
    static final int PER_RUN = 1_000;

    private final ReportRetention retention;
    private final ReportRepository reports;
    private final ObjectStorage storage;
    private final Duration keep;
    private final AuditLog log;
    private final MaintenanceRun run;
    private final Clock clock;

    /**
     * @param keep   how long a finished report is kept (ARA_REPORT_RETENTION_DAYS)
     * @param holder this instance's name in the cluster-wide lease
     */
    public CleanUpReportsService(ReportRetention retention, ReportRepository reports, ObjectStorage storage,
                                 Duration keep, MaintenanceLease lease, String holder, AuditLog log, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keep = Objects.requireNonNull(keep, "keep");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            Instant now = clock.instant();
            List<Report> expired = retention.finishedUntil(now.minus(keep), PER_RUN + 1);
            List<Report> listed = expired.subList(0, Math.min(PER_RUN, expired.size()));
            return new CleanupView(JOB, true, now, listed.size(), listed.stream().filter(r -> r.file().isPresent())
                    .count(), ids(listed), expired.size() > PER_RUN);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            List<Report> expired = retention.finishedUntil(now.minus(keep), PER_RUN + 1);
            List<Report> deleted = new ArrayList<>();
            long objects = 0;
            for (Report report : expired.subList(0, Math.min(PER_RUN, expired.size()))) {
                Optional<ObjectKey> key = report.file().map(ReportFile::key).map(ObjectKey::new);
                try {
                    key.ifPresent(storage::delete);
                } catch (StorageFailure | StoreUnavailable e) {
                    continue;
                }
                objects += key.isPresent() ? 1 : 0;
                if (reports.delete(report.id())) {
                    deleted.add(report);
                }
            }
            log.record(new AuditEvent(now, command.actor(), "maintenance.report_cleanup", null, AuditEvent.SUCCESS,
                    null, null));
            return new CleanupView(JOB, false, now, deleted.size(), objects, ids(deleted), expired.size() > PER_RUN);
        });
    }

    private static List<String> ids(List<Report> reports) {
        return reports.stream().map(report -> report.id().toString()).toList();
    }
}
