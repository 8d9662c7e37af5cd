package ara.adapter.web.report;

import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.Requests;
import ara.domain.report.ReportId;
import io.javalin.http.Context;

/** Parses the report routes' path parameter. Stateless. */
final class Reports {
    private Reports() {
    }

    /** The {@code {id}} path parameter as a report id; 400 unless it is a UUID in canonical lowercase form. */
    static ReportId id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return ReportId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RequestRejected.badRequest("id", "invalid_format", "id " + Requests.ID_RULE + text);
        }
    }
}
