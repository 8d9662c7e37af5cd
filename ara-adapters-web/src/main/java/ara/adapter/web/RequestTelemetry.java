package ara.adapter.web;

import ara.adapter.web.request.RequestAttributes;
import io.javalin.http.Context;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Instruments every request: a server span (parent from an inbound W3C {@code traceparent}), named
 * {@code <METHOD> <route template>} once the route is known and current while the handlers run, so use-case and
 * port spans are its children; the {@code http.server.request.duration} histogram per method, route template and
 * status; one access-log line (logger {@code ara.access}: method, route, status, duration, client address; never
 * the path's query, a header or a body); and the MDC entries {@code request_id}, {@code trace_id}, {@code span_id}
 * for every log line written meanwhile. Thread-safe.
 */
final class RequestTelemetry {
    private static final Logger ACCESS = LoggerFactory.getLogger("ara.access");
    static final String INSTRUMENTATION = "ara.adapter.web";
    private static final String SPAN = "ara.span";
    private static final String SCOPE = "ara.scope";
    private static final String STARTED = "ara.started";
    private static final String ROUTE = "ara.route";
    /** The route of a request that matched none, in metrics and in the access log. */
    static final String UNMATCHED = "unmatched";
    static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> ROUTE_KEY = AttributeKey.stringKey("http.route");
    static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> CLIENT = AttributeKey.stringKey("client.address");
    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("ara.request_id");
    /** The semantic conventions' advice for {@code http.server.request.duration}, in seconds. */
    private static final List<Double> BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0,
            2.5, 5.0, 7.5, 10.0);
    private static final TextMapGetter<Context> HEADERS = (ctx, key) -> ctx == null ? null : ctx.header(key);

    private final OpenTelemetry telemetry;
    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final List<Template> templates;

    /** A route template as a pattern: each {@code {param}} matches one non-empty path segment. */
    private record Template(String template, Pattern pattern) {
        static Template of(String template) {
            return new Template(template, Pattern.compile(Arrays.stream(template.split("/", -1))
                    .map(part -> part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part))
                    .collect(Collectors.joining("/"))));
        }
    }

    /** @param routeTemplates the paths of every route, so that a request refused before its handler is named too */
    RequestTelemetry(OpenTelemetry telemetry, Collection<String> routeTemplates) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.templates = routeTemplates.stream().distinct().map(Template::of).toList();
        this.tracer = telemetry.getTracer(INSTRUMENTATION);
        this.duration = telemetry.getMeter(INSTRUMENTATION).histogramBuilder("http.server.request.duration")
                .setUnit("s").setDescription("Duration of HTTP server requests")
                .setExplicitBucketBoundariesAdvice(BUCKETS).build();
    }

    /** Starts the request's span and makes it current; returns its trace id, or {@code null} when not sampled. */
    String begin(Context ctx) {
        io.opentelemetry.context.Context parent = telemetry.getPropagators().getTextMapPropagator()
                .extract(io.opentelemetry.context.Context.root(), ctx, HEADERS);
        Span span = tracer.spanBuilder(ctx.method().name()).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, ctx.method().name()).startSpan();
        ctx.attribute(STARTED, System.nanoTime());
        ctx.attribute(SPAN, span);
        ctx.attribute(SCOPE, span.makeCurrent());
        templates.stream().filter(template -> template.pattern().matcher(ctx.path()).matches()).findFirst()
                .ifPresent(template -> matched(ctx, template.template()));
        SpanContext context = span.getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** Notes the request's ids for the log lines written while it runs (and on its span). */
    void identify(Context ctx) {
        String requestId = RequestAttributes.requestId(ctx);
        Span span = ctx.attribute(SPAN);
        MDC.put("request_id", requestId);
        if (span != null && span.getSpanContext().isValid()) {
            span.setAttribute(REQUEST_ID, requestId);
            MDC.put("trace_id", span.getSpanContext().getTraceId());
            MDC.put("span_id", span.getSpanContext().getSpanId());
        }
    }

    /** The request's path fits a route: its template names the span and labels the metrics. */
    private static void matched(Context ctx, String routeTemplate) {
        ctx.attribute(ROUTE, routeTemplate);
        Span span = ctx.attribute(SPAN);
        if (span != null) {
            span.updateName(ctx.method().name() + " " + routeTemplate);
            span.setAttribute(ROUTE_KEY, routeTemplate);
        }
    }

    /** Ends the request: span, duration histogram, access-log line; runs once the response is complete. */
    void end(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Span span = ctx.attribute(SPAN);
        Scope scope = ctx.attribute(SCOPE);
        if (started == null || span == null) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int status = ctx.status().getCode();
        String route = ctx.attribute(ROUTE);
        String method = ctx.method().name();
        span.setAttribute(STATUS, (long) status);
        span.setAttribute(CLIENT, RequestAttributes.clientAddress(ctx));
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        AttributesBuilder labels = Attributes.builder().put(METHOD, method).put(STATUS, (long) status);
        if (route != null) {
            labels.put(ROUTE_KEY, route);
        }
        duration.record(seconds, labels.build());
        ACCESS.atInfo().addKeyValue("method", method).addKeyValue("route", route == null ? UNMATCHED : route)
                .addKeyValue("status", status).addKeyValue("duration_ms", Math.round(seconds * 1000))
                .addKeyValue("client_ip", RequestAttributes.clientAddress(ctx))
                .log("{} {} {} {} ms {}", method, route == null ? UNMATCHED : route, status,
                        Math.round(seconds * 1000), RequestAttributes.clientAddress(ctx));
        span.end();
        if (scope != null) {
            scope.close();
        }
        MDC.remove("request_id");
        MDC.remove("trace_id");
        MDC.remove("span_id");
    }
}
