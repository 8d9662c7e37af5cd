package ara.application.service.admin;

import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service: deletes guest audits past their retention, at most {@value #PER_RUN} per run (the next run continues),
 * each one only if it is still expired when deleted, with its reports' documents and its uploads in the object
 * storage; logs one {@code maintenance.guest_cleanup} event. Thread-safe.
 */
public final class CleanUpGuestsService implements CleanUpGuestsUseCase {
    static final int PER_RUN = 1_000;

    private final AuditRetention retention;
    private final AuditObjects objects;
    private final GuestRetention rule;
    private final AuditLog log;
    private final MaintenanceRun run;
    private final Clock clock;

    /**
     * @param reports the audits' reports, whose documents are deleted with them
     * @param uploads the audits' uploads, deleted with them
     * @param storage where those objects are kept
     * @param holder  this instance's name in the cluster-wide lease
     */
    public CleanUpGuestsService(AuditRetention retention, GuestRetention rule, ReportRepository reports,
                                UploadRegistry uploads, ObjectStorage storage, MaintenanceLease lease, String holder,
                                AuditLog log, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.objects = new AuditObjects(reports, uploads, storage);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            Instant now = clock.instant();
            List<AuditId> expired = retention.expiredGuestAudits(rule, now, PER_RUN + 1);
            List<AuditId> listed = expired.subList(0, Math.min(PER_RUN, expired.size()));
            long stored = listed.stream().mapToLong(id -> objects.of(id).size()).sum();
            return new CleanupView(JOB, true, now, listed.size(), stored, ids(listed), expired.size() > PER_RUN);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            List<AuditId> expired = retention.expiredGuestAudits(rule, now, PER_RUN + 1);
            List<AuditId> deleted = new ArrayList<>();
            long objectsDeleted = 0;
            for (AuditId id : expired.subList(0, Math.min(PER_RUN, expired.size()))) {
                // The keys are read while the rows exist; the objects go once the audit is gone for sure.
                List<ObjectKey> keys = objects.of(id);
                if (retention.deleteIfExpired(id, rule, now)) {
                    deleted.add(id);
                    objectsDeleted += objects.delete(id, keys);
                }
            }
            log.record(new AuditEvent(now, command.actor(), "maintenance.guest_cleanup", null, AuditEvent.SUCCESS,
                    null, null));
            return new CleanupView(JOB, false, now, deleted.size(), objectsDeleted, ids(deleted),
                    expired.size() > PER_RUN);
        });
    }

    private static List<String> ids(List<AuditId> ids) {
        return ids.stream().map(AuditId::toString).toList();
    }
}
