package ara.application.port.in.audit;

import ara.domain.audit.Audit;

import java.util.List;

/** View: one page of audits and the total count. */
public record AuditPageView(List<Audit> audits, int page, int size, long total) {
    public AuditPageView {
        audits = List.copyOf(audits);
    }
}
