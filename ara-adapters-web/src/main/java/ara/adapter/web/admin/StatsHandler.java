package ara.adapter.web.admin;

import ara.adapter.web.http.Responses;
import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.StatsView;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Objects;

/** Handler of {@link GetStatsUseCase}: {@code GET /admin/stats}. Thread-safe. */
public final class StatsHandler {
    private final GetStatsUseCase useCase;

    public StatsHandler(GetStatsUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void stats(Context ctx) {
        StatsView view = useCase.stats();
        Responses.ok(ctx, new StatsResponse(view.auditsByStatus(), view.total(), view.completionRate(),
                view.guestAudits(), view.guestsConverted(), view.reportsByStatus(), view.queueDepth()));
    }

    /** The body of the answer. */
    record StatsResponse(Map<String, Long> auditsByStatus, long total, double completionRate, long guestAudits,
                         long guestsConverted, Map<String, Long> reportsByStatus, long queueDepth) {
    }
}
