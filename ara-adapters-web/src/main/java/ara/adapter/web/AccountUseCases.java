package ara.adapter.web;

import ara.application.port.in.account.DeleteAccountUseCase;
import ara.application.port.in.account.DeleteAuditUseCase;

import java.util.Objects;

/** A person's own-data use cases the HTTP API serves, handed over by the composition root. Every one is required. */
public record AccountUseCases(DeleteAuditUseCase deleteAudit, DeleteAccountUseCase deleteAccount) {
    public AccountUseCases {
        Objects.requireNonNull(deleteAudit, "deleteAudit");
        Objects.requireNonNull(deleteAccount, "deleteAccount");
    }
}
