package ara.application.service.account;

import ara.application.port.in.account.AuditComparisonView;
import ara.application.port.in.account.CompareAuditsUseCase;
import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.history.AuditComparison;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: compares two scored audits of the same owner ({@link AuditComparison}), each read under the access rule
 * (its owner or an admin); audits of different owners are not compared (the other is reported not found, as to a
 * stranger). Thread-safe.
 */
public final class CompareAuditsService implements CompareAuditsUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final AccessGuard guard;

    public CompareAuditsService(QuestionnaireCatalog catalog, AuditRepository audits, AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public AuditComparisonView compare(AuditId id, AuditId with, Caller caller) {
        Objects.requireNonNull(with, "with");
        guard.requireIdentity(caller, id);
        Audit audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        Audit baseline = audits.find(with).filter(other -> Owners.sameOwner(audit, other))
                .orElseThrow(() -> new AuditNotFound(with));
        return new AuditComparisonView(audit, baseline, AuditComparison.of(side(baseline), side(audit)));
    }

    private AuditComparison.Side side(Audit audit) {
        return new AuditComparison.Side(Schemes.of(catalog, audit).definition(), audit.answers(),
                audit.result().orElseThrow(() -> new AuditNotScored(audit.id(), audit.status())));
    }
}
