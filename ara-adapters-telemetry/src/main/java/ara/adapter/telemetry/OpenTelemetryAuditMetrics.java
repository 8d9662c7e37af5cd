package ara.adapter.telemetry;

import ara.application.port.out.metrics.AuditMetrics;
import ara.domain.chat.ChatSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

import java.time.Duration;
import java.util.Objects;

/**
 * Telemetry adapter: the business counters, as OpenTelemetry counters (Prometheus names in brackets): audits started
 * by kind ({@code ara_audits_started_total{kind="guest|user"}}), wizard steps completed
 * ({@code ara_steps_completed_total}), audits submitted ({@code ara_audits_submitted_total}), reports generated
 * ({@code ara_reports_generated_total{template,outcome}}) and assistant chat messages by the assistant that answered
 * ({@code ara_chat_messages_total{source="llm|offline"}}), and the outbox's deliveries by channel and outcome
 * ({@code ara_outbox_delivered_total{channel,outcome}}, with their latency from the event in
 * {@code ara_outbox_delivery_latency_seconds}). The reports counter is moved by the report feature, the
 * chat counter by the chat feature.
 * Counters without labels, and both kinds of started audits, start at 0 so that they show before the first event.
 * Thread-safe.
 */
public final class OpenTelemetryAuditMetrics implements AuditMetrics {
    /** The instrumentation scope of ARA's own metrics (and of its use-case and port spans). */
    public static final String SCOPE = "ara";
    static final AttributeKey<String> KIND = AttributeKey.stringKey("kind");
    static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("template");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
    static final AttributeKey<String> SOURCE = AttributeKey.stringKey("source");
    static final AttributeKey<String> CHANNEL = AttributeKey.stringKey("channel");
    private static final Attributes GUEST = Attributes.of(KIND, "guest");
    private static final Attributes USER = Attributes.of(KIND, "user");

    private final LongCounter started;
    private final LongCounter steps;
    private final LongCounter submitted;
    private final LongCounter reports;
    private final LongCounter chat;
    private final LongCounter delivered;
    private final DoubleHistogram deliveryLatency;

    /** The counters, created on {@code meter} (normally the one of {@link #SCOPE}). */
    public OpenTelemetryAuditMetrics(Meter meter) {
        Objects.requireNonNull(meter, "meter");
        started = meter.counterBuilder("ara.audits.started").setUnit("{audit}")
                .setDescription("Audits started, by kind of owner (guest or user)").build();
        steps = meter.counterBuilder("ara.steps.completed").setUnit("{step}")
                .setDescription("Wizard steps that became complete through an answer").build();
        submitted = meter.counterBuilder("ara.audits.submitted").setUnit("{audit}")
                .setDescription("Audits submitted and scored").build();
        reports = meter.counterBuilder("ara.reports.generated").setUnit("{report}")
                .setDescription("Reports generated, by template and outcome").build();
        chat = meter.counterBuilder("ara.chat.messages").setUnit("{message}")
                .setDescription("Assistant chat messages").build();
        delivered = meter.counterBuilder("ara.outbox.delivered").setUnit("{delivery}")
                .setDescription("Outbox deliveries to a channel, by channel and outcome").build();
        deliveryLatency = meter.histogramBuilder("ara.outbox.delivery.latency").setUnit("s")
                .setDescription("From an event to the end of one attempt to deliver it, by channel and outcome")
                .build();
        started.add(0, GUEST);
        started.add(0, USER);
        steps.add(0);
        submitted.add(0);
        for (ChatSource source : ChatSource.values()) {
            chat.add(0, Attributes.of(SOURCE, source.code()));
        }
    }

    @Override
    public void auditStarted(boolean guest) {
        started.add(1, guest ? GUEST : USER);
    }

    @Override
    public void stepsCompleted(long count) {
        if (count > 0) {
            steps.add(count);
        }
    }

    @Override
    public void auditSubmitted() {
        submitted.add(1);
    }

    @Override
    public void reportGenerated(String template, String outcome) {
        reports.add(1, Attributes.of(TEMPLATE, Objects.requireNonNull(template, "template"),
                OUTCOME, Objects.requireNonNull(outcome, "outcome")));
    }

    @Override
    public void eventDelivery(String channel, String outcome, Duration latency) {
        Attributes labels = Attributes.of(CHANNEL, Objects.requireNonNull(channel, "channel"),
                OUTCOME, Objects.requireNonNull(outcome, "outcome"));
        delivered.add(1, labels);
        deliveryLatency.record(Math.max(0, latency.toNanos()) / 1e9, labels);
    }

    @Override
    public void chatMessage(ChatSource source) {
        chat.add(1, Attributes.of(SOURCE, source.code()));
    }
}
