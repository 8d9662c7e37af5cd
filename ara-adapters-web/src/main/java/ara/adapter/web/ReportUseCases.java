package ara.adapter.web;

import ara.application.port.in.report.DeleteReportUseCase;
import ara.application.port.in.report.GetReportLinkUseCase;
import ara.application.port.in.report.GetReportUseCase;
import ara.application.port.in.report.ListReportsUseCase;
import ara.application.port.in.report.RequestReportUseCase;

import java.util.Objects;

/** The report use cases the HTTP API serves, handed over by the composition root. Every one is required. */
public record ReportUseCases(RequestReportUseCase request, GetReportUseCase get, ListReportsUseCase list,
                             DeleteReportUseCase delete, GetReportLinkUseCase link) {
    public ReportUseCases {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(link, "link");
    }
}
