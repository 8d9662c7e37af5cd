package ara.application.service.report;

import ara.application.port.in.report.GetReportLinkUseCase;
import ara.application.port.in.report.ReportLinkView;
import ara.application.port.in.report.ReportNotReady;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.domain.audit.Audit;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Service: a fresh expiring link to a ready report's document, for its audit's owner or an admin; the link makes
 * the browser save it as {@code <organisation>-<template>-<yyyy-mm-dd>.pdf} (see {@link ReportFileName}).
 * Thread-safe.
 */
public final class GetReportLinkService implements GetReportLinkUseCase {
    private final ObjectStorage storage;
    private final Duration validity;
    private final ReportAccess access;
    private final Clock clock;

    /** @param validity how long a link works: 1 s to {@link ObjectStorage#MAX_LINK_VALIDITY} (7 days) */
    public GetReportLinkService(AuditRepository audits, ReportRepository reports, ObjectStorage storage,
                                Duration validity, AuditLog log, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        ObjectStorage.validitySeconds(validity);
        this.validity = validity;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public ReportLinkView link(ReportId id, Caller caller) {
        Report report = access.report(id, caller);
        if (!(report.state() instanceof ReportState.Ready ready)) {
            throw new ReportNotReady(id, report.status());
        }
        ReportFile file = ready.file();
        Audit audit = access.owner(report.auditId(), caller, () -> new ReportNotFound(id));
        // The name the report was printed with: the owner's override, else the audit's organisation.
        Attachment saveAs = ReportFileName.of(report.options().organizationNameOverride()
                .or(audit::organizationName), report.template(), report.updatedAt());
        Instant now = clock.instant();
        return new ReportLinkView(storage.presignGet(new ObjectKey(file.key()), validity, saveAs),
                now.plusSeconds(ObjectStorage.validitySeconds(validity)), storage.linksLeadToAra());
    }
}
