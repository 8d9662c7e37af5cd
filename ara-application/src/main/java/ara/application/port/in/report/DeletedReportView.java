package ara.application.port.in.report;

import ara.domain.report.Report;

import java.util.Objects;

/**
 * What a delete did: cancelled an active job (which stays, {@code CANCELLED}) or removed a finished report and its
 * document.
 *
 * @param report  the report as it is now (cancelled) or as it was (removed)
 * @param removed whether the report and its document are gone
 */
public record DeletedReportView(Report report, boolean removed) {
    public DeletedReportView {
        Objects.requireNonNull(report, "report");
    }
}
