package ara.application.service;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.GetAuditUseCase;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;

import java.util.Objects;

/** Service: reads an audit with its progress and partial score. Thread-safe. */
public final class GetAuditService implements GetAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;

    public GetAuditService(QuestionnaireCatalog catalog, AuditRepository audits) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
    }

    @Override
    public AuditView get(AuditId id) {
        Audit audit = audits.find(id).orElseThrow(() -> new AuditNotFound(id));
        return AuditViews.of(audit, Schemes.of(catalog, audit));
    }
}
