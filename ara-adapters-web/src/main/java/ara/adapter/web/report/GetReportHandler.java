package ara.adapter.web.report;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.report.GetReportUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/** Handler of {@link GetReportUseCase}: {@code GET /reports/{id}}: status, progress, attempts, error. Thread-safe. */
public final class GetReportHandler {
    private final GetReportUseCase useCase;

    public GetReportHandler(GetReportUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void get(Context ctx) {
        Responses.ok(ctx, ReportResponse.from(useCase.get(Reports.id(ctx), RequestAttributes.caller(ctx))));
    }
}
