package ara.adapter.web.account;

import ara.adapter.web.audit.StartedAuditResponse;
import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.account.RetakeAuditUseCase;
import ara.application.port.in.account.RetakenAuditView;
import ara.domain.questionnaire.QuestionId;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;

import java.util.List;
import java.util.Objects;

/**
 * Handler of {@link RetakeAuditUseCase}: {@code POST /audits/{id}/retake} answers 201, the new audit's Location and
 * the new audit (with its {@code guestToken} when the earlier one was a guest's), plus {@code leftEmpty} (the
 * questions to answer) and {@code notCarried} (the earlier answers the current version no longer takes).
 * Thread-safe.
 */
public final class RetakeAuditHandler {
    private final RetakeAuditUseCase useCase;

    public RetakeAuditHandler(RetakeAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void retake(Context ctx) {
        RetakenAuditView retaken = useCase.retake(Requests.auditId(ctx), RequestAttributes.caller(ctx));
        ctx.header("Location", ApiPaths.audit(retaken.started().audit().audit().id().toString()));
        ctx.header("ETag", Responses.versionEtag(retaken.started().audit().audit().version()));
        Responses.json(ctx, 201, new RetakeResponse(StartedAuditResponse.from(retaken.started()),
                ids(retaken.leftEmpty()), ids(retaken.notCarried())));
    }

    private static List<String> ids(List<QuestionId> questions) {
        return questions.stream().map(QuestionId::toString).toList();
    }

    /** The reply: the new audit as {@code POST /audits} answers it, and what the retake could not fill. */
    public record RetakeResponse(@JsonUnwrapped StartedAuditResponse started, List<String> leftEmpty,
                                 List<String> notCarried) {
    }
}
