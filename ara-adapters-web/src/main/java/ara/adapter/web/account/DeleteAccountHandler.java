package ara.adapter.web.account;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.account.DeleteAccountUseCase;
import ara.application.port.in.account.DeletedAccountView;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link DeleteAccountUseCase}: {@code DELETE /me} erases the signed-in caller's account and answers 200
 * with what was removed. Thread-safe.
 */
public final class DeleteAccountHandler {
    private final DeleteAccountUseCase useCase;

    public DeleteAccountHandler(DeleteAccountUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void delete(Context ctx) {
        DeletedAccountView deleted = useCase.delete(RequestAttributes.caller(ctx));
        Responses.ok(ctx, new DeletedAccountResponse(deleted.audits(), deleted.auditLogEntries()));
    }

    /** The reply: how many audits were erased, how many audit-log entries now carry a pseudonym. */
    public record DeletedAccountResponse(int deletedAudits, long pseudonymizedLogEntries) {
    }
}
