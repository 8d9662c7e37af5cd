package ara.adapter.web.report;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.report.DeleteReportUseCase;
import ara.application.port.in.report.DeletedReportView;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link DeleteReportUseCase}: {@code DELETE /reports/{id}}: 200 and the cancelled report when it was
 * still queued or rendering, 204 when a finished report and its document were removed. Thread-safe.
 */
public final class DeleteReportHandler {
    private final DeleteReportUseCase useCase;

    public DeleteReportHandler(DeleteReportUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void delete(Context ctx) {
        DeletedReportView deleted = useCase.delete(Reports.id(ctx), RequestAttributes.caller(ctx));
        if (deleted.removed()) {
            ctx.status(204);
        } else {
            Responses.ok(ctx, ReportResponse.from(deleted.report()));
        }
    }
}
