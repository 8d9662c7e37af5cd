package ara.adapter.web;

import ara.application.port.in.account.CompareAuditsUseCase;
import ara.application.port.in.account.DeleteAccountUseCase;
import ara.application.port.in.account.DeleteAuditUseCase;
import ara.application.port.in.account.RetakeAuditUseCase;

import java.util.Objects;

/** A person's own-data use cases (erasure, retake, comparison) the HTTP API serves, handed over by the composition root. Every one is required. */
public record AccountUseCases(DeleteAuditUseCase deleteAudit, DeleteAccountUseCase deleteAccount,
                              RetakeAuditUseCase retake, CompareAuditsUseCase compare) {
    public AccountUseCases {
        Objects.requireNonNull(deleteAudit, "deleteAudit");
        Objects.requireNonNull(deleteAccount, "deleteAccount");
        Objects.requireNonNull(retake, "retake");
        Objects.requireNonNull(compare, "compare");
    }
}
