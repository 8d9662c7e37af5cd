package ara.adapter.web.health;

import ara.application.port.in.health.CheckView;
import ara.application.port.in.health.HealthView;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Body of {@code /api/health}: the overall status and every check; a check's {@code detail} only for admins (it may
 * name hosts). A health document, not a problem, even when the status is 503.
 */
public record HealthResponse(String status, List<Check> checks) {
    /** One check: name, status, how long it took, and whether ARA can serve without it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String name, String status, boolean critical, long durationMs, String detail) {
        static Check from(CheckView result, boolean withDetail) {
            return new Check(result.name(), result.status().code(), result.critical(), result.duration().toMillis(),
                    withDetail ? result.detail() : null);
        }
    }

    static HealthResponse from(HealthView report, boolean withDetails) {
        return new HealthResponse(report.status().code(),
                report.checks().stream().map(check -> Check.from(check, withDetails)).toList());
    }
}
