package ara.application.service;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.audit.GetResultUseCase;
import ara.application.port.out.AuditRepository;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.result.AuditResult;

import java.util.Objects;

/** Service: reads the stored result of a scored audit. Thread-safe. */
public final class GetResultService implements GetResultUseCase {
    private final AuditRepository audits;

    public GetResultService(AuditRepository audits) {
        this.audits = Objects.requireNonNull(audits, "audits");
    }

    @Override
    public AuditResult result(AuditId id) {
        Audit audit = audits.find(id).orElseThrow(() -> new AuditNotFound(id));
        return audit.result().orElseThrow(() -> new AuditNotScored(id, audit.status()));
    }
}
