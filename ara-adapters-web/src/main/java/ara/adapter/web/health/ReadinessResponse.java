package ara.adapter.web.health;

import ara.application.port.in.health.ReadinessView;

/** Body of {@code /api/ready}: {@code ready} or {@code not_ready} with the reason (starting, draining, a check). */
public record ReadinessResponse(String status, String reason) {
    static ReadinessResponse from(ReadinessView readiness) {
        return new ReadinessResponse(readiness.ready() ? "ready" : "not_ready", readiness.reason());
    }
}
