package ara.adapter.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request gets a server span, a duration measurement and one access-log line. */
class RequestTelemetryTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00f067aa0ba902b7";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final Logger access = (Logger) LoggerFactory.getLogger("ara.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private OpenTelemetrySdk sdk;
    private Api api;

    @BeforeEach
    void start() {
        sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        lines.start();
        access.addAppender(lines);
        api = new Api(new WebOperations(OperationsRoutes.unmonitored().health(), () -> "", sdk, Optional.empty()));
    }

    @AfterEach
    void stop() {
        api.close();
        access.detachAppender(lines);
        sdk.close();
    }

    @Test
    void aRequestBecomesAServerSpanNamedByItsRouteTemplate() {
        String id = api.startAudit();

        Api.Reply reply = api.get("/api/v1/audits/" + id + "?page=1", "traceparent",
                "00-" + TRACE + "-" + PARENT + "-01");

        SpanData span = awaitSpan("GET /api/v1/audits/{id}");
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).as("continues the caller's trace").isEqualTo(TRACE);
        assertThat(span.getParentSpanId()).isEqualTo(PARENT);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.route"))).isEqualTo("/api/v1/audits/{id}");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);
        assertThat(reply.header("X-Request-Id")).as("the trace id when the caller sent no request id")
                .isEqualTo(TRACE);
    }

    @Test
    void anInboundRequestIdIsKeptAndTheTraceIdIsOnTheSpan() {
        Api.Reply reply = api.get("/api/v1/questionnaire", "X-Request-Id", "edge-42");

        SpanData span = awaitSpan("GET /api/v1/questionnaire");
        assertThat(reply.header("X-Request-Id")).isEqualTo("edge-42");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("ara.request_id"))).isEqualTo("edge-42");
        assertThat(span.getTraceId()).matches("[0-9a-f]{32}");
    }

    @Test
    void measuresDurationPerMethodRouteAndStatus() {
        api.get("/api/v1/questionnaire");
        api.get("/api/v1/questionnaire");
        api.get("/api/v1/nowhere/" + "x");

        awaitSpan("GET");
        MetricData duration = metrics.collectAllMetrics().stream()
                .filter(metric -> metric.getName().equals("http.server.request.duration")).findFirst().orElseThrow();
        assertThat(duration.getUnit()).isEqualTo("s");
        List<HistogramPointData> points = List.copyOf(duration.getHistogramData().getPoints());
        HistogramPointData questionnaire = points.stream().filter(point -> "/api/v1/questionnaire".equals(
                point.getAttributes().get(AttributeKey.stringKey("http.route")))).findFirst().orElseThrow();
        assertThat(questionnaire.getCount()).isEqualTo(2);
        assertThat(questionnaire.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(200);
        assertThat(questionnaire.getBoundaries()).startsWith(0.005, 0.01).contains(0.5, 10.0);
        assertThat(points).anySatisfy(point -> {
            assertThat(point.getAttributes().get(AttributeKey.stringKey("http.route"))).isNull();
            assertThat(point.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(404);
        });
    }

    @Test
    void writesOneAccessLineWithoutQueryHeadersOrBodies() {
        com.fasterxml.jackson.databind.JsonNode guest = api.anonymous().json("POST", "/api/v1/audits", "{}").json();
        String id = guest.get("id").asText();
        String token = guest.get("guestToken").asText();
        lines.list.clear();

        api.asGuest(token).json("PUT", "/api/v1/audits/" + id + "/answers/org_notes?secret=q",
                "{\"value\": \"confidential-answer\"}");
        api.as("Authorization", "Bearer forged-bearer-token").get("/api/v1/audits/" + id);

        awaitSpan("PUT /api/v1/audits/{id}/answers/{questionId}");
        SpanData refused = awaitSpan("GET /api/v1/audits/{id}");
        assertThat(refused.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .as("a request refused before its handler is still named by its route").isEqualTo(401);
        assertThat(lines.list).hasSize(2);
        ILoggingEvent line = lines.list.getFirst();
        assertThat(line.getFormattedMessage()).startsWith("PUT /api/v1/audits/{id}/answers/{questionId} 200 ")
                .endsWith(" ms 127.0.0.1");
        assertThat(line.getKeyValuePairs()).extracting(pair -> pair.key)
                .containsExactly("method", "route", "status", "duration_ms", "client_ip");
        assertThat(line.getMDCPropertyMap()).containsKeys("request_id", "trace_id", "span_id");
        assertThat(lines.list).allSatisfy(each -> assertThat(each.toString() + each.getKeyValuePairs()
                + each.getMDCPropertyMap()).doesNotContain("secret=q", "confidential-answer", token,
                "forged-bearer-token", id));
    }

    private SpanData awaitSpan(String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getName().equals(name)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no span " + name + " in " + spans.getFinishedSpanItems());
    }
}
