package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.logging.AraLayout;
import ara.bootstrap.telemetry.Telemetry;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations side of ARA through the production wiring, on the embedded database: readiness through start and
 * shutdown, the metrics page (strict Prometheus text, business counters that move), the span tree of one request,
 * JSON log lines with their ids and without secrets, and the alert rules' metrics.
 */
class OperationsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ALL_ANSWERS = "{\"answers\": {\"company_size\": \"medium\", \"industry\": \"retail\", "
            + "\"current_ai_usage\": \"pilot\", \"tech_stack_maturity\": 7, \"api_architecture\": \"rest_mature\", "
            + "\"cloud_infrastructure\": \"hybrid\", \"data_infrastructure\": \"data_warehouse\", "
            + "\"version_control\": \"git_ci\", \"testing_practices\": [\"unit_tests\"], \"code_quality\": 6, "
            + "\"security_practices\": [\"access_control\"], \"compliance_requirements\": [\"gdpr\"], "
            + "\"data_sensitivity\": \"confidential\", \"monitoring_capabilities\": [\"alerting\"], "
            + "\"deployment_automation\": \"ci_cd_basic\", \"incident_response\": 5}}";

    @TempDir
    Path dataDir;
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Application application;

    private Application start(Map<String, String> extra, Consumer<Application> beforeServing) {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET));
        env.putAll(extra);
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC(), Telemetry.configure(Map.of(), SimpleSpanProcessor.create(spans)), beforeServing);
        return application;
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void readinessIs503WhileStartingAnd200Once() throws Exception {
        List<Integer> whileStarting = new ArrayList<>();
        start(Map.of(), starting -> {
            // The server listens already; readiness must still say no.
            whileStarting.add(status(starting.port(), "/api/ready"));
            whileStarting.add(status(starting.port(), "/api/live"));
        });

        assertThat(whileStarting).containsExactly(503, 200);
        assertThat(status(application.port(), "/api/ready")).isEqualTo(200);
    }

    @Test
    void readinessTurns503BeforeTheServerStopsAcceptingOnShutdown() throws Exception {
        start(Map.of("ARA_SHUTDOWN_DRAIN_MS", "3000"), started -> { });
        int port = application.port();
        assertThat(status(port, "/api/ready")).isEqualTo(200);

        Application stopping = application;
        application = null;
        CompletableFuture<Void> closing = CompletableFuture.runAsync(stopping::close);
        int ready = pollUntil(() -> status(port, "/api/ready"), status -> status != 200, Duration.ofSeconds(10));
        int stillServing = status(port, "/api/v1/questionnaire");
        closing.get();

        assertThat(ready).as("readiness while draining").isEqualTo(503);
        assertThat(stillServing).as("requests are still served while draining").isEqualTo(200);
        assertThat(status(port, "/api/live")).as("stopped after the drain").isEqualTo(-1);
    }

    @Test
    void healthReportsEveryCheckAndNoDetailsToThePublic() throws Exception {
        start(Map.of(), started -> { });
        HttpSession http = new HttpSession(application.port());

        HttpSession.Reply health = http.get("/api/health");
        HttpSession.Reply admin = http.bearer(AuditJourneyContract.token("ops", Set.of("admin"))).get("/api/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("healthy");
        assertThat(names(health.body())).containsExactly("database", "redis", "storage", "outbox");
        assertThat(health.body().get("checks").get(0).get("critical").asBoolean()).isTrue();
        assertThat(health.raw().body()).doesNotContain("detail", dataDir.toString());
        assertThat(admin.body().get("checks").get(0).get("detail").asText()).contains("SELECT 1 answered");
        assertThat(admin.body().get("checks").get(1).get("detail").asText()).startsWith("not configured");
    }

    @Test
    void metricsAreStrictPrometheusTextAndTheBusinessCountersMove() throws Exception {
        start(Map.of(), started -> { });
        HttpSession anonymous = new HttpSession(application.port());
        PrometheusFormat before = PrometheusFormat.parse(metrics());

        submittedGuestAudit(anonymous);
        anonymous.bearer(AuditJourneyContract.token("metered", Set.of())).post("/api/v1/audits", "{}");
        PrometheusFormat after = PrometheusFormat.parse(metrics());

        assertThat(after.value("ara_audits_started_total", "kind", "guest")
                - before.value("ara_audits_started_total", "kind", "guest")).isEqualTo(1);
        assertThat(after.value("ara_audits_started_total", "kind", "user")
                - before.value("ara_audits_started_total", "kind", "user")).isEqualTo(1);
        assertThat(after.value("ara_steps_completed_total") - before.value("ara_steps_completed_total"))
                .as("all five steps completed by one save").isEqualTo(5);
        assertThat(after.value("ara_audits_submitted_total") - before.value("ara_audits_submitted_total"))
                .isEqualTo(1);
        assertThat(after.types()).containsEntry("http_server_request_duration_seconds", "histogram")
                .containsEntry("ara_audits_started_total", "counter")
                .containsEntry("jvm_memory_used_bytes", "gauge")
                .containsEntry("db_client_connection_count", "gauge")
                .containsEntry("ara_progress_cache_lookups_total", "counter");
        assertThat(after.value("http_server_request_duration_seconds_count", "http_route", "/api/v1/audits/{id}/submit",
                "http_request_method", "POST", "http_response_status_code", "200")).isEqualTo(1);
        assertThat(after.value("db_client_connection_max")).isEqualTo(10);
        assertThat(after.has("jvm_thread_count")).isTrue();
        assertThat(after.has("ara_chat_messages_total")).isTrue();
    }

    @Test
    void eachCommittedChangeLeavesOneEventInTheOutboxForTheDispatcher() throws Exception {
        // The dispatcher's first round runs at start; the next would come only after five minutes.
        start(Map.of("ARA_OUTBOX_POLL_INTERVAL", "5m"), started -> { });
        HttpSession anonymous = new HttpSession(application.port());
        HttpSession admin = anonymous.bearer(AuditJourneyContract.token("ops", Set.of("admin")));
        assertThat(detail(admin.get("/api/health").body(), "outbox")).isEqualTo("no events waiting");

        SubmittedAudit submitted = submittedGuestAudit(anonymous);
        // A refused change (submitting twice) leaves no event.
        assertThat(submitted.guest().post(submitted.path() + "/submit", null).status()).isEqualTo(409);

        // Started, email given, submitted: the autosave and the refused submit are no events.
        PrometheusFormat served = PrometheusFormat.parse(metrics());
        assertThat(served.types()).containsEntry("ara_outbox_pending", "gauge");
        assertThat(served.value("ara_outbox_pending")).isEqualTo(3);
        Thread.sleep(1_100); // the health report is reused for a second
        assertThat(detail(admin.get("/api/health").body(), "outbox")).startsWith("3 events waiting");
    }

    @Test
    void theDispatcherWorksThroughTheOutbox() throws Exception {
        start(Map.of("ARA_OUTBOX_POLL_INTERVAL", "20ms"), started -> { });
        HttpSession anonymous = new HttpSession(application.port());
        for (int i = 0; i < 3; i++) {
            anonymous.post("/api/v1/audits", "{}");
        }

        double pending = pollUntil(() -> {
            try {
                return PrometheusFormat.parse(metrics()).value("ara_outbox_pending");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, value -> value == 0, Duration.ofSeconds(10));

        assertThat(pending).isZero();
        assertThat(new HttpSession(application.port()).get("/api/health").body().get("status").asText())
                .isEqualTo("healthy");
    }

    /** A guest audit submitted through the API: started, answered in one save, an email given, submitted. */
    private record SubmittedAudit(HttpSession guest, String path) {
    }

    private static SubmittedAudit submittedGuestAudit(HttpSession anonymous) throws Exception {
        JsonNode started = anonymous.post("/api/v1/audits", "{}").body();
        HttpSession guest = anonymous.guest(started.get("guestToken").asText());
        String audit = "/api/v1/audits/" + started.get("id").asText();
        assertThat(guest.patch(audit + "/answers", ALL_ANSWERS).status()).isEqualTo(200);
        assertThat(guest.post(audit + "/guest-email", "{\"email\": \"ops@example.com\"}").status()).isEqualTo(200);
        assertThat(guest.post(audit + "/submit", null).status()).isEqualTo(200);
        return new SubmittedAudit(guest, audit);
    }

    private static String detail(JsonNode health, String check) {
        for (JsonNode node : health.get("checks")) {
            if (node.get("name").asText().equals(check)) {
                return node.get("detail").asText();
            }
        }
        throw new AssertionError("no check " + check + " in " + health);
    }

    @Test
    void oneRequestIsOneTraceOfServerUseCaseAndDatabaseSpans() throws Exception {
        start(Map.of(), started -> { });
        HttpSession user = new HttpSession(application.port()).bearer(AuditJourneyContract.token("tracer", Set.of()));
        user.post("/api/v1/audits", "{}");
        spans.reset();

        HttpSession.Reply list = user.get("/api/v1/audits");

        SpanData server = awaitSpan("GET /api/v1/audits");
        assertThat(list.header("X-Request-Id")).as("the trace id is the request id").isEqualTo(server.getTraceId());
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getParentSpanContext().isValid()).isFalse();
        List<SpanData> trace = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(server.getTraceId())).toList();
        SpanData useCase = named(trace, "ListAuditsUseCase.list");
        SpanData authenticate = named(trace, "AuthenticateUseCase.authenticate");
        SpanData query = named(trace, "AuditRepository.findByOwner");
        assertThat(useCase.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(authenticate.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(query.getParentSpanId()).as("the repository call inside the use case")
                .isEqualTo(useCase.getSpanId());
        assertThat(query.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(query.getAttributes().get(AttributeKey.stringKey("db.system.name"))).isEqualTo("h2");
    }

    @Test
    void jsonLogLinesCarryTheIdsAndNeverTokensEmailsOrAnswers() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AppenderBase<ILoggingEvent> capture = jsonCapture(lines);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(capture);
        try {
            start(Map.of("ARA_LOG_FORMAT", "json"), started -> { });
            String bearer = AuditJourneyContract.token("logged", Set.of());
            HttpSession anonymous = new HttpSession(application.port());
            JsonNode started = anonymous.post("/api/v1/audits", "{\"organizationName\": \"Secretive Org\"}").body();
            String guestToken = started.get("guestToken").asText();
            String audit = "/api/v1/audits/" + started.get("id").asText();
            HttpSession guest = anonymous.guest(guestToken);
            guest.put(audit + "/answers/industry", "{\"value\": \"retail\"}", null);
            guest.post(audit + "/guest-email", "{\"email\": \"hidden.person@example.com\"}");
            anonymous.bearer(bearer).get("/api/v1/audits");
            anonymous.guest("not-a-real-guest-token-" + "x".repeat(20)).get(audit);
            anonymous.bearer(bearer + "tampered").get("/api/v1/audits");
            application.close();
            application = null;

            List<JsonNode> events = new ArrayList<>();
            for (String line : lines) {
                assertThat(line).endsWith("\n").doesNotContain("\n".repeat(2));
                events.add(JSON.readTree(line));
            }
            List<JsonNode> access = events.stream().filter(e -> e.get("logger").asText().equals("ara.access"))
                    .toList();
            assertThat(access).hasSizeGreaterThanOrEqualTo(6);
            for (JsonNode line : access) {
                assertThat(line.fieldNames()).toIterable().contains("time", "level", "logger", "message",
                        "request_id", "trace_id", "span_id", "method", "route", "status", "duration_ms", "client_ip");
                assertThat(line.get("trace_id").asText()).matches("[0-9a-f]{32}");
                assertThat(line.get("status").isInt()).isTrue();
            }
            String all = String.join("", lines);
            assertThat(all).doesNotContain(guestToken, bearer, "hidden.person", "example.com", "Secretive Org",
                    "retail", "not-a-real-guest-token");
        } finally {
            root.detachAppender(capture);
        }
    }

    @Test
    void everyMetricTheAlertRulesNameIsServed() throws Exception {
        start(Map.of(), started -> { });
        new HttpSession(application.port()).get("/api/v1/questionnaire");
        Path rules = repositoryRoot().resolve("terraform/modules/monitoring/prometheus-alerts.yml");

        AlertRules alerts = AlertRules.read(Files.readString(rules));
        PrometheusFormat served = PrometheusFormat.parse(metrics());

        assertThat(alerts.alerts()).contains("AraHighLatencyP95", "AraHighErrorRate", "AraDatabaseConnectionsHigh",
                "AraCacheHitRateLow", "AraDown");
        Set<String> servedNames = served.samples().stream().map(PrometheusFormat.Sample::name)
                .collect(Collectors.toSet());
        assertThat(alerts.metrics()).isNotEmpty();
        assertThat(servedNames).containsAll(alerts.metrics());
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("terraform"))) {
            here = here.getParent();
        }
        return Optional.ofNullable(here).orElseThrow(() -> new AssertionError("no terraform/ above the module"));
    }

    private static AppenderBase<ILoggingEvent> jsonCapture(List<String> lines) {
        AraLayout layout = new AraLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.setPattern("%msg%n");
        layout.setFormat("json");
        layout.start();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(layout.doLayout(event));
            }
        };
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        return appender;
    }

    private static List<String> names(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.get("checks").forEach(check -> names.add(check.get("name").asText()));
        return names;
    }

    private SpanData awaitSpan(String name) {
        return pollUntil(() -> spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name))
                .findFirst().orElse(null), found -> found != null, Duration.ofSeconds(10));
    }

    private static SpanData named(List<SpanData> trace, String name) {
        return trace.stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in "
                        + trace.stream().map(SpanData::getName).toList()));
    }

    private String metrics() throws IOException, InterruptedException {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + application.port() + "/api/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        return reply.body();
    }

    /** The status of a GET, or -1 when nothing listens. */
    private int status(int port, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static <T> T pollUntil(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done,
                                   Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still " + value + " after " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            value = probe.get();
        }
        return value;
    }
}
