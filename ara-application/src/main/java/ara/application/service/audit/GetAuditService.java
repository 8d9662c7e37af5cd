package ara.application.service.audit;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.GetAuditUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;

import java.time.Clock;
import java.util.Objects;

/** Service: reads an audit with its progress and partial score, for its owner or an admin. Thread-safe. */
public final class GetAuditService implements GetAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;

    public GetAuditService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                           AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public AuditView get(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        Audit audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        return AuditViews.of(audit, Schemes.of(catalog, audit), guestPolicy);
    }
}
