package ara.adapter.web.audit;

import ara.application.port.in.audit.AuditPageView;
import ara.domain.audit.Audit;

import java.time.Instant;
import java.util.List;

/** Response body: one page of the caller's audits, newest first, as summaries. */
public record AuditPageResponse(List<AuditSummary> items, int page, int size, long total) {

    public static AuditPageResponse from(AuditPageView view) {
        return new AuditPageResponse(view.audits().stream().map(AuditSummary::from).toList(), view.page(),
                view.size(), view.total());
    }

    /** An audit without its answers and scores. */
    public record AuditSummary(String id, String status, AuditResponse.QuestionnaireRef questionnaire,
                               String organizationName, long version, Instant createdAt, Instant updatedAt,
                               Instant submittedAt) {
        static AuditSummary from(Audit audit) {
            return new AuditSummary(audit.id().toString(), audit.status().code(),
                    AuditResponse.QuestionnaireRef.of(audit), audit.organizationName().orElse(null),
                    audit.version(), audit.createdAt(), audit.updatedAt(), audit.submittedAt().orElse(null));
        }
    }
}
