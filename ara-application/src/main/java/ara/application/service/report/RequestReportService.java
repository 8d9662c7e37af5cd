package ara.application.service.report;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.report.LogoNotUploaded;
import ara.application.port.in.report.RequestReportCommand;
import ara.application.port.in.report.RequestReportUseCase;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.limit.AuditAllowances;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditStatus;
import ara.domain.report.Report;
import ara.domain.report.ReportId;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Service: queues a report of a scored audit for its owner; an identical request (same template and options) while
 * one is queued or running returns that job instead of a second. A logo must be an upload ARA issued for the same
 * audit (its content is checked when the job renders). Thread-safe.
 */
public final class RequestReportService implements RequestReportUseCase {
    private final ReportRepository reports;
    private final UploadRegistry uploads;
    private final UniqueIdGenerator ids;
    private final ReportAccess access;
    private final Clock clock;
    private final AuditAllowances allowances;

    public RequestReportService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                                UniqueIdGenerator ids, AuditLog log, Clock clock,
                                AuditAllowances allowances) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowances = Objects.requireNonNull(allowances, "allowances");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"), reports,
                Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public Report request(RequestReportCommand command) {
        Audit audit = allowances.spend(Scope.REPORTS_PER_AUDIT, access.audit(command.audit(), command.caller()));
        if (audit.result().isEmpty()
                || audit.status() != AuditStatus.SCORED && audit.status() != AuditStatus.REPORT_READY) {
            throw new AuditNotScored(audit.id(), audit.status());
        }
        command.options().logo().ifPresent(key -> requireUpload(audit, key));
        Report report = reports.createUnlessActive(Report.request(new ReportId(ids.next()), audit.id(),
                command.template(), command.options(), clock.instant()));
        access.guard().record(command.caller(), "report.requested", audit.id(), AuditEvent.SUCCESS);
        return report;
    }

    private void requireUpload(Audit audit, String key) {
        ObjectKey objectKey;
        try {
            objectKey = new ObjectKey(key);
        } catch (IllegalArgumentException e) {
            throw new LogoNotUploaded(key, "is not an object key");
        }
        Optional<IssuedUpload> upload = uploads.find(objectKey);
        if (upload.isEmpty() || !upload.get().audit().equals(audit.id())) {
            throw new LogoNotUploaded(key, "names no upload of audit " + audit.id());
        }
    }
}
