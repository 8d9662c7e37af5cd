package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.ListAuditsUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link ListAuditsUseCase}: {@code GET /audits?page=&size=} lists the caller's audits: a signed-in
 * user's own, the one audit a guest token reaches, none for an anonymous caller. Thread-safe.
 */
public final class ListAuditsHandler {
    static final int DEFAULT_SIZE = 20;

    private final ListAuditsUseCase useCase;

    public ListAuditsHandler(ListAuditsUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void list(Context ctx) {
        int page = Requests.intQuery(ctx, "page", 0, 0, Integer.MAX_VALUE);
        int size = Requests.intQuery(ctx, "size", DEFAULT_SIZE, 1, ListAuditsQuery.MAX_SIZE);
        Responses.ok(ctx, AuditPageResponse.from(useCase.list(new ListAuditsQuery(RequestAttributes.caller(ctx), page, size))));
    }
}
