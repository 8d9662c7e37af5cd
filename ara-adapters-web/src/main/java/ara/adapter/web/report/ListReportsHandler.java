package ara.adapter.web.report;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.report.ListReportsUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/** Handler of {@link ListReportsUseCase}: {@code GET /audits/{id}/reports}, newest first. Thread-safe. */
public final class ListReportsHandler {
    private final ListReportsUseCase useCase;

    public ListReportsHandler(ListReportsUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void list(Context ctx) {
        Responses.ok(ctx, ReportListResponse.from(useCase.list(Requests.auditId(ctx), RequestAttributes.caller(ctx))));
    }
}
