package ara.application.service.storage;

import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.report.ReportAccess;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the object ARA issued under a key, and the audit it belongs to, through the database: an upload by its
 * recorded key, a report's document by the report row whose stored file has exactly this key. The audit comes from
 * the record, never from the key's text, and the caller must be allowed to read it. Thread-safe.
 */
final class IssuedObjects {
    private static final Pattern REPORT_KEY = Pattern.compile(
            "reports/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/"
                    + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.pdf");

    private final ReportRepository reports;
    private final UploadRegistry uploads;
    private final ReportAccess access;

    IssuedObjects(ReportRepository reports, UploadRegistry uploads, ReportAccess access) {
        this.reports = reports;
        this.uploads = uploads;
        this.access = access;
    }

    /** An object ARA issued: its key and either its upload record or its report. */
    record Issued(ObjectKey key, AuditId audit, Optional<IssuedUpload> upload, Optional<Report> report) {
    }

    /**
     * The object under {@code key}, for the owner of its audit (or an admin).
     *
     * @throws ObjectNotFound when ARA issued no such object or the caller may not see it
     */
    Issued find(String key, Caller caller) {
        access.requireIdentity(caller, "object " + key);
        ObjectKey objectKey = parse(key);
        Optional<IssuedUpload> upload = uploads.find(objectKey);
        Optional<Report> report = upload.isPresent() ? Optional.empty() : reportDocument(objectKey);
        AuditId audit = upload.map(IssuedUpload::audit)
                .or(() -> report.map(Report::auditId))
                .orElseThrow(() -> new ObjectNotFound(key));
        access.owner(audit, caller, () -> new ObjectNotFound(key));
        return new Issued(objectKey, audit, upload, report);
    }

    private Optional<Report> reportDocument(ObjectKey key) {
        Matcher matcher = REPORT_KEY.matcher(key.value());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return reports.find(new ReportId(UUID.fromString(matcher.group(1))))
                .filter(report -> report.file().map(ReportFile::key).filter(key.value()::equals).isPresent());
    }

    private static ObjectKey parse(String key) {
        try {
            return new ObjectKey(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ObjectNotFound(key);
        }
    }
}
