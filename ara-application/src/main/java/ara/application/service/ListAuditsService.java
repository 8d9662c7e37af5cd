package ara.application.service;

import ara.application.port.in.audit.AuditPageView;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.ListAuditsUseCase;
import ara.application.port.out.AuditRepository;

import java.util.List;
import java.util.Objects;

/** Service: lists the caller's audits; an anonymous caller owns none. Thread-safe. */
public final class ListAuditsService implements ListAuditsUseCase {
    private final AuditRepository audits;

    public ListAuditsService(AuditRepository audits) {
        this.audits = Objects.requireNonNull(audits, "audits");
    }

    @Override
    public AuditPageView list(ListAuditsQuery query) {
        if (query.owner() == null) {
            return new AuditPageView(List.of(), query.page(), query.size(), 0);
        }
        long offset = (long) query.page() * query.size();
        long total = audits.countByOwner(query.owner());
        if (offset >= total) {
            return new AuditPageView(List.of(), query.page(), query.size(), total);
        }
        return new AuditPageView(audits.findByOwner(query.owner(), (int) offset, query.size()), query.page(),
                query.size(), total);
    }
}
