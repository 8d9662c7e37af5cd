package ara.adapter.web.report;

import ara.domain.report.BrandColour;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;

import java.time.Instant;

/**
 * Response body: a report: its job's status, progress (0-100, from the status), attempts and last error, what was
 * asked for, and once stored its document's size, SHA-256 and content type.
 */
public record ReportResponse(String id, String auditId, String status, int progress, String template,
                             Customization customization, int attempts, String error, Instant createdAt,
                             Instant updatedAt, Document document) {

    public static ReportResponse from(Report report) {
        return new ReportResponse(report.id().toString(), report.auditId().toString(), report.status().code(),
                report.status().progress(), report.template().code(), Customization.from(report),
                report.attempts(), report.lastError().orElse(null), report.createdAt(), report.updatedAt(),
                report.file().map(Document::from).orElse(null));
    }

    /** The customisation asked for ({@code null} fields: none). */
    public record Customization(String organizationName, String brandColour, String logoKey) {
        static Customization from(Report report) {
            return new Customization(report.options().organizationNameOverride().orElse(null),
                    report.options().colour().map(BrandColour::hex).orElse(null),
                    report.options().logo().orElse(null));
        }
    }

    /** The stored document. */
    public record Document(long size, String sha256, String contentType) {
        static Document from(ReportFile file) {
            return new Document(file.size(), file.sha256(), file.contentType());
        }
    }
}
