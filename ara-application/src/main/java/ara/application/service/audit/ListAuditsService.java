package ara.application.service.audit;

import ara.application.port.in.audit.AuditPageView;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.ListAuditsUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.domain.audit.Audit;
import ara.domain.audit.OwnerId;
import ara.domain.identity.Caller;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Service: lists the caller's audits: a signed-in user's own audits, newest first; for a guest, the one audit their
 * token reaches; nothing for an anonymous caller. Thread-safe.
 */
public final class ListAuditsService implements ListAuditsUseCase {
    private final AuditRepository audits;

    public ListAuditsService(AuditRepository audits) {
        this.audits = Objects.requireNonNull(audits, "audits");
    }

    @Override
    public AuditPageView list(ListAuditsQuery query) {
        Caller caller = query.caller();
        if (caller.signedIn().isPresent()) {
            OwnerId owner = OwnerId.of(caller.signedIn().get());
            long offset = (long) query.page() * query.size();
            long total = audits.countByOwner(owner);
            if (offset >= total) {
                return new AuditPageView(List.of(), query.page(), query.size(), total);
            }
            return new AuditPageView(audits.findByOwner(owner, (int) offset, query.size()), query.page(),
                    query.size(), total);
        }
        Optional<Audit> guestAudit = caller.guest().flatMap(token -> audits.findByGuestToken(token.hash()));
        List<Audit> page = query.page() == 0 ? guestAudit.stream().toList() : List.of();
        return new AuditPageView(page, query.page(), query.size(), guestAudit.isPresent() ? 1 : 0);
    }
}
