package ara.adapter.telemetry;

import ara.application.port.out.metrics.AuditMetrics;
import ara.domain.chat.ChatSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The business counters: their names, units and descriptions, their labels, and the zeros they start with. */
class OpenTelemetryAuditMetricsTest {
    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider provider = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final AuditMetrics metrics = new OpenTelemetryAuditMetrics(provider.get(OpenTelemetryAuditMetrics.SCOPE));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theScopeIsAra() {
        assertThat(OpenTelemetryAuditMetrics.SCOPE).isEqualTo("ara");
    }

    @Test
    void countersWithoutLabelsAndEveryKindAndSourceStartAtZero() {
        Map<String, MetricData> read = read();

        assertThat(points(read.get("ara.audits.started"), "kind"))
                .containsOnly(entry("guest", 0L), entry("user", 0L));
        assertThat(points(read.get("ara.steps.completed"), null)).containsOnly(entry("", 0L));
        assertThat(points(read.get("ara.audits.submitted"), null)).containsOnly(entry("", 0L));
        assertThat(points(read.get("ara.chat.messages"), "source"))
                .containsOnly(entry("llm", 0L), entry("offline", 0L));
        assertThat(read).doesNotContainKey("ara.reports.generated");
    }

    @Test
    void everyCounterHasItsUnitAndDescription() {
        metrics.reportGenerated("standard", "success");
        Map<String, MetricData> read = read();

        assertThat(read.get("ara.audits.started").getUnit()).isEqualTo("{audit}");
        assertThat(read.get("ara.audits.started").getDescription())
                .isEqualTo("Audits started, by kind of owner (guest or user)");
        assertThat(read.get("ara.steps.completed").getUnit()).isEqualTo("{step}");
        assertThat(read.get("ara.steps.completed").getDescription())
                .isEqualTo("Wizard steps that became complete through an answer");
        assertThat(read.get("ara.audits.submitted").getUnit()).isEqualTo("{audit}");
        assertThat(read.get("ara.audits.submitted").getDescription()).isEqualTo("Audits submitted and scored");
        assertThat(read.get("ara.reports.generated").getUnit()).isEqualTo("{report}");
        assertThat(read.get("ara.reports.generated").getDescription())
                .isEqualTo("Reports generated, by template and outcome");
        assertThat(read.get("ara.chat.messages").getUnit()).isEqualTo("{message}");
        assertThat(read.get("ara.chat.messages").getDescription()).isEqualTo("Assistant chat messages");
        assertThat(read.values()).allSatisfy(metric -> assertThat(metric.getLongSumData().isMonotonic()).isTrue());
    }

    @Test
    void auditsStartedAreCountedByKind() {
        metrics.auditStarted(true);
        metrics.auditStarted(true);
        metrics.auditStarted(false);

        assertThat(points(read().get("ara.audits.started"), "kind"))
                .containsOnly(entry("guest", 2L), entry("user", 1L));
    }

    @Test
    void completedStepsAddUpAndNothingLessThanOneCounts() {
        metrics.stepsCompleted(2);
        metrics.stepsCompleted(0);
        metrics.stepsCompleted(-1);
        metrics.stepsCompleted(1);

        assertThat(points(read().get("ara.steps.completed"), null)).containsOnly(entry("", 3L));
    }

    @Test
    void submittedAuditsAreCounted() {
        metrics.auditSubmitted();

        assertThat(points(read().get("ara.audits.submitted"), null)).containsOnly(entry("", 1L));
    }

    @Test
    void reportsAreCountedByTemplateAndOutcome() {
        metrics.reportGenerated("standard", "success");
        metrics.reportGenerated("standard", "success");
        metrics.reportGenerated("standard", "failure");

        MetricData reports = read().get("ara.reports.generated");
        assertThat(reports.getLongSumData().getPoints())
                .extracting(point -> point.getAttributes(), LongPointData::getValue)
                .containsOnly(
                        org.assertj.core.groups.Tuple.tuple(Attributes.of(AttributeKey.stringKey("template"),
                                "standard", AttributeKey.stringKey("outcome"), "success"), 2L),
                        org.assertj.core.groups.Tuple.tuple(Attributes.of(AttributeKey.stringKey("template"),
                                "standard", AttributeKey.stringKey("outcome"), "failure"), 1L));
    }

    @Test
    void aReportNeedsATemplateAndAnOutcome() {
        assertThatThrownBy(() -> metrics.reportGenerated(null, "success")).hasMessage("template");
        assertThatThrownBy(() -> metrics.reportGenerated("standard", null)).hasMessage("outcome");
    }

    @Test
    void chatMessagesAreCountedByTheAssistantThatAnswered() {
        metrics.chatMessage(ChatSource.OFFLINE);

        assertThat(points(read().get("ara.chat.messages"), "source"))
                .containsOnly(entry("llm", 0L), entry("offline", 1L));
    }

    @Test
    void outboxDeliveriesAreCountedAndTimedByChannelAndOutcome() {
        metrics.eventDelivery("webhook", "failed", Duration.ofMillis(1_500));
        metrics.eventDelivery("webhook", "delivered", Duration.ofMillis(500));
        metrics.eventDelivery("webhook", "delivered", Duration.ofMillis(250));
        Map<String, MetricData> read = read();

        assertThat(read.get("ara.outbox.delivered").getLongSumData().getPoints())
                .extracting(point -> point.getAttributes().get(AttributeKey.stringKey("outcome")),
                        point -> point.getAttributes().get(AttributeKey.stringKey("channel")), LongPointData::getValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("failed", "webhook", 1L),
                        org.assertj.core.groups.Tuple.tuple("delivered", "webhook", 2L));
        MetricData latency = read.get("ara.outbox.delivery.latency");
        assertThat(latency.getUnit()).isEqualTo("s");
        assertThat(latency.getHistogramData().getPoints()).extracting(HistogramPointData::getSum)
                .containsExactlyInAnyOrder(1.5, 0.75);
    }

    @Test
    void theNoOpCountsNowhereAndAcceptsEverything() {
        AuditMetrics none = AuditMetrics.none();

        assertThatNoException().isThrownBy(() -> {
            none.auditStarted(true);
            none.stepsCompleted(3);
            none.auditSubmitted();
            none.reportGenerated("standard", "success");
            none.chatMessage(ChatSource.LLM);
            none.eventDelivery("mail", "delivered", Duration.ZERO);
        });
        assertThat(AuditMetrics.none()).isSameAs(none);
    }

    private Map<String, MetricData> read() {
        return reader.collectAllMetrics().stream().collect(Collectors.toMap(MetricData::getName, metric -> metric));
    }

    /** Each point's value by the value of one label ({@code ""} for a counter without labels). */
    private static Map<String, Long> points(MetricData metric, String label) {
        return metric.getLongSumData().getPoints().stream().collect(Collectors.toMap(
                point -> label == null ? "" : point.getAttributes().get(AttributeKey.stringKey(label)),
                LongPointData::getValue));
    }
}
