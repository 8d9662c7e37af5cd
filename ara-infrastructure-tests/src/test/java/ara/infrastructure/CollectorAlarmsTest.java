package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CloudWatch alarms can fire: every metric an alarm of the monitoring module reads in namespace ARA is one the
 * OpenTelemetry collector beside ARA (modules/compute/otel-collector.yaml) writes there, with the same dimensions,
 * and either ARA measures it (the instrument's name is a string in ARA's main sources) or the collector makes it (renamed or
 * queried). Also: every alert of the guide is such an alarm, each is routed by its severity, and the latency alarms
 * read the histogram without the streaming and export routes.
 */
class CollectorAlarmsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\$\\{(\\w+)}");
    private static final Pattern DIMENSION_KEY = Pattern.compile("\"?([A-Za-z][\\w.]*)\"?\\s*=\\s*\"");
    private static final Pattern SEVERITY = Pattern.compile("^(critical|warning|info): ");
    /** The guide's alerts (application down, error rate, p95 500 ms and 2 s, pool, cache, memory, CPU, storage). */
    private static final Set<String> GUIDE_ALERTS = Set.of("app_down", "error_rate", "p95_latency", "p95_very_slow",
            "db_connections", "cache_hit_rate", "memory", "cpu", "storage");

    /** One metric an alarm reads: namespace, name, dimension names. */
    record Read(String alarm, String namespace, String metric, Set<String> dimensions) {
    }

    @Test
    void everyAlarmOnTheAraNamespaceReadsAMetricTheCollectorWrites() {
        Collector collector = Collector.load(Map.of());
        List<Read> reads = reads(monitoring());
        assertThat(reads).extracting(Read::alarm).containsAll(GUIDE_ALERTS);
        for (Read read : reads) {
            if (read.namespace().startsWith("AWS/")) {
                continue;
            }
            assertThat(collector.problem(read)).as("alarm %s", read.alarm()).isNull();
        }
        assertThat(reads.stream().filter(r -> GUIDE_ALERTS.contains(r.alarm())).map(Read::namespace))
                .as("the guide's alerts read what the collector writes").containsOnly(collector.namespace());
    }

    @Test
    void anAlarmOnAMetricNobodyWritesIsCaught() {
        Collector collector = Collector.load(Map.of());
        assertThat(collector.problem(new Read("x", "ARA", "db_client_connection_count", Set.of("Environment"))))
                .contains("no metric_declarations");
        assertThat(collector.problem(new Read("x", "ARA", "jvm.cpu.recent_utilization", Set.of("Environment", "host"))))
                .contains("dimensions");
        assertThat(collector.problem(new Read("x", "Custom", "jvm.cpu.recent_utilization", Set.of("Environment"))))
                .contains("namespace");
        Collector withUnknown = Collector.load(Map.of("^ara\\\\.storage\\\\.used$", "^ara\\\\.nothing\\\\.measures\\\\.this$",
                "metric_name: ara.storage.used", "metric_name: ara.storage.used.renamed"));
        assertThat(withUnknown.problem(new Read("x", "ARA", "ara.nothing.measures.this", Set.of("Environment"))))
                .contains("neither ARA nor the collector");
    }

    @Test
    void eachAlarmIsRoutedByItsSeverity() {
        JsonNode alarms = monitoring().path("resource").path("aws_cloudwatch_metric_alarm");
        alarms.properties().forEach(e -> {
            JsonNode alarm = e.getValue().get(0);
            Matcher severity = SEVERITY.matcher(alarm.path("alarm_description").asText());
            assertThat(severity.find()).as("%s's description starts with its severity", e.getKey()).isTrue();
            assertThat(alarm.path("alarm_actions").toString()).as("%s's actions", e.getKey())
                    .isEqualTo("[\"${local.topics." + severity.group(1) + "}\"]");
        });
    }

    @Test
    void latencyAlarmsLeaveOutTheStreamingAndExportRoutes() throws IOException {
        Collector collector = Collector.load(Map.of());
        JsonNode pipeline = collector.config().path("service").path("pipelines").path("metrics/interactive");
        assertThat(pipeline.path("processors").toString()).contains("filter/interactive", "transform/interactive");
        List<String> conditions = new ArrayList<>();
        collector.config().path("processors").path("filter/interactive").path("metrics").path("datapoint")
                .forEach(c -> conditions.add(c.asText()));
        String excluded = String.join("\n", conditions);
        String openapi = Files.readString(Tools.root().resolve(
                "ara-adapters-web/src/main/resources/ara/adapter/web/openapi.json"), StandardCharsets.UTF_8);
        for (String route : List.of("/api/v1/audits/{id}/chat/messages", "/api/v1/reports/{id}/download",
                "/api/v1/files/{key}")) {
            assertThat(excluded).contains("\"" + route + "\"");
            assertThat(openapi).as("ARA has the route %s", route).contains("\"" + route + "\"");
        }
        assertThat(collector.config().path("processors").path("transform/interactive").toString())
                .contains("set(name, \\\"ara.http.interactive.duration\\\")");
        JsonNode alarms = monitoring().path("resource").path("aws_cloudwatch_metric_alarm");
        for (String name : List.of("p95_latency", "p95_very_slow")) {
            assertThat(alarms.path(name).get(0).path("metric_name").asText()).isEqualTo("ara.http.interactive.duration");
            assertThat(alarms.path(name).get(0).path("extended_statistic").asText()).isEqualTo("p95");
        }
    }

    private static JsonNode monitoring() {
        return HclFiles.all().get(Tools.terraformDir().resolve("modules/monitoring/main.tf"));
    }

    /** Every metric each alarm reads, with its namespace and dimension names resolved from the module's locals. */
    static List<Read> reads(JsonNode monitoring) {
        JsonNode locals = monitoring.path("locals").get(0);
        List<Read> reads = new ArrayList<>();
        monitoring.path("resource").path("aws_cloudwatch_metric_alarm").properties().forEach(e -> {
            JsonNode alarm = e.getValue().get(0);
            if (alarm.has("metric_name")) {
                reads.add(read(e.getKey(), alarm, locals));
            }
            for (JsonNode query : alarm.path("metric_query")) {
                for (JsonNode metric : query.path("metric")) {
                    reads.add(read(e.getKey(), metric, locals));
                }
            }
        });
        return reads;
    }

    private static Read read(String alarm, JsonNode metric, JsonNode locals) {
        String namespace = metric.path("namespace").asText();
        if (namespace.equals("${local.namespace}")) {
            namespace = locals.path("namespace").asText();
        }
        String dimensions = metric.path("dimensions").isTextual() ? metric.path("dimensions").asText()
                : metric.path("dimensions").toString();
        Set<String> keys = new TreeSet<>();
        if (dimensions.contains("local.env")) {
            locals.path("env").fieldNames().forEachRemaining(keys::add);
        }
        if (dimensions.contains("local.alb_dimensions")) {
            locals.path("alb_dimensions").fieldNames().forEachRemaining(keys::add);
        }
        Matcher key = DIMENSION_KEY.matcher(dimensions.replace("\\\"", "\""));
        while (key.find()) {
            keys.add(key.group(1));
        }
        if (metric.path("dimensions").isObject()) {
            metric.path("dimensions").fieldNames().forEachRemaining(keys::add);
        }
        return new Read(alarm, namespace, metric.path("metric_name").asText(), keys);
    }

    /** The collector's configuration rendered as Terraform renders it, and what it writes to CloudWatch. */
    record Collector(JsonNode config, String text) {
        static Collector load(Map<String, String> edits) {
            try {
                String template = Files.readString(Tools.terraformDir().resolve("modules/compute/otel-collector.yaml"),
                        StandardCharsets.UTF_8);
                for (Map.Entry<String, String> edit : edits.entrySet()) {
                    template = template.replace(edit.getKey(), edit.getValue());
                }
                String text = render(template, Map.of("environment", "prod", "log_group", "/ecs/ara-prod/metrics",
                        "traces_exporter", "otlphttp", "otlp_traces_endpoint", "https://otlp.example.com"));
                return new Collector(YAML.readTree(text), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** templatefile: ${name} filled in, $${ kept as ${, %{ directive } lines dropped (their content kept). */
        static String render(String template, Map<String, String> values) {
            String lines = template.lines().filter(line -> !line.strip().startsWith("%{"))
                    .collect(Collectors.joining("\n"));
            Matcher m = PLACEHOLDER.matcher(lines);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new AssertionError("template variable ${" + m.group(1) + "} is not one main.tf passes");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString().replace("$${", "${");
        }

        String namespace() {
            return config.path("exporters").path("awsemf").path("namespace").asText();
        }

        /** Why the collector does not write what the alarm reads, or null when it does. */
        String problem(Read read) {
            if (!read.namespace().equals(namespace())) {
                return "namespace " + read.namespace() + " is not the collector's " + namespace();
            }
            List<JsonNode> declarations = new ArrayList<>();
            for (JsonNode declaration : config.path("exporters").path("awsemf").path("metric_declarations")) {
                for (JsonNode selector : declaration.path("metric_name_selectors")) {
                    if (Pattern.compile(selector.asText()).matcher(read.metric()).find()) {
                        declarations.add(declaration);
                    }
                }
            }
            if (declarations.isEmpty()) {
                return read.metric() + " matches no metric_declarations selector";
            }
            Set<Set<String>> offered = new HashSet<>();
            for (JsonNode declaration : declarations) {
                for (JsonNode set : declaration.path("dimensions")) {
                    Set<String> names = new TreeSet<>();
                    set.forEach(n -> names.add(n.asText()));
                    offered.add(names);
                }
            }
            if (!offered.contains(read.dimensions())) {
                return read.metric() + " has dimensions " + offered + ", the alarm reads " + read.dimensions();
            }
            if (!madeByTheCollector(read.metric()) && !measuredByAra(read.metric())) {
                return read.metric() + " is made by neither ARA nor the collector";
            }
            return null;
        }

        private boolean madeByTheCollector(String metric) {
            return text.contains("metric_name: " + metric + "\n") || text.contains("set(name, \"" + metric + "\")");
        }

        private static boolean measuredByAra(String metric) {
            try (Stream<Path> files = Files.walk(Tools.root())) {
                return files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                        .anyMatch(p -> read(p).contains("\"" + metric + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
