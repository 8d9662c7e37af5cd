package ara.archfixture.application.port.out.thing;

import io.opentelemetry.api.trace.Span;

/** Violation: an outbound port that speaks a framework's words. */
public interface ThingTracer {
    void record(Span span);
}
