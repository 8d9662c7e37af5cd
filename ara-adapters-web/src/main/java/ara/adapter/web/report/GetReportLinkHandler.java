package ara.adapter.web.report;

import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.report.GetReportLinkUseCase;
import ara.application.port.in.report.ReportLinkView;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link GetReportLinkUseCase}: {@code GET /reports/{id}/download} redirects (303) to a fresh expiring
 * link to the document; {@code POST /reports/{id}/link} answers the link itself. 409 until the report is ready.
 * A link ARA serves itself (local storage) is given as path and query, so it works on the origin the client used
 * (a page behind another host name, a port-forward) whatever {@code ARA_PUBLIC_URL} says; a bucket's link as is.
 * Thread-safe.
 */
public final class GetReportLinkHandler {
    private final GetReportLinkUseCase useCase;

    public GetReportLinkHandler(GetReportLinkUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void download(Context ctx) {
        ReportLinkView link = useCase.link(Reports.id(ctx), RequestAttributes.caller(ctx));
        ctx.status(303).header("Location", link.forPage());
    }

    public void link(Context ctx) {
        Responses.ok(ctx, ReportLinkResponse.from(useCase.link(Reports.id(ctx), RequestAttributes.caller(ctx))));
    }
}
