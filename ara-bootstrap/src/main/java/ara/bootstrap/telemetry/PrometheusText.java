package ara.bootstrap.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pull metric reader that writes every metric in the Prometheus text format 0.0.4, with the names the
 * OpenTelemetry-to-Prometheus compatibility rules give: dots become underscores, the unit becomes a suffix
 * ({@code s} → {@code _seconds}, {@code By} → {@code _bytes}, {@code 1} → {@code _ratio} on gauges; annotations such
 * as {@code {request}} are dropped), monotonic sums get {@code _total}, histograms their {@code _bucket},
 * {@code _sum} and {@code _count}. So {@code http.server.request.duration} in seconds is
 * {@code http_server_request_duration_seconds}. Cumulative temporality. Thread-safe.
 */
public final class PrometheusText implements MetricReader {
    private volatile CollectionRegistration registration = CollectionRegistration.noop();

    @Override
    public void register(CollectionRegistration collection) {
        this.registration = collection;
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode forceFlush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        registration = CollectionRegistration.noop();
        return CompletableResultCode.ofSuccess();
    }

    /** Every metric now, as Prometheus text. */
    public String scrape() {
        return write(registration.collectAllMetrics());
    }

    /** The metrics as Prometheus text; metrics of one Prometheus name (from several scopes) share one family. */
    static String write(Collection<MetricData> metrics) {
        Map<String, List<MetricData>> families = new TreeMap<>();
        for (MetricData metric : metrics) {
            if (!metric.isEmpty()) {
                families.computeIfAbsent(name(metric), name -> new ArrayList<>()).add(metric);
            }
        }
        StringBuilder out = new StringBuilder();
        families.forEach((name, family) -> {
            MetricData first = family.getFirst();
            if (!first.getDescription().isEmpty()) {
                out.append("# HELP ").append(name).append(' ').append(escapeHelp(first.getDescription())).append('\n');
            }
            out.append("# TYPE ").append(name).append(' ').append(type(first)).append('\n');
            family.forEach(metric -> samples(out, name, metric));
        });
        return out.toString();
    }

    private static String type(MetricData metric) {
        return switch (metric.getType()) {
            case LONG_SUM -> metric.getLongSumData().isMonotonic() ? "counter" : "gauge";
            case DOUBLE_SUM -> metric.getDoubleSumData().isMonotonic() ? "counter" : "gauge";
            case HISTOGRAM -> "histogram";
            default -> "gauge";
        };
    }

    private static void samples(StringBuilder out, String name, MetricData metric) {
        switch (metric.getType()) {
            case LONG_GAUGE -> metric.getLongGaugeData().getPoints().stream().sorted(BY_LABELS)
                    .forEach(point -> sample(out, name, point.getAttributes(), null, Long.toString(point.getValue())));
            case DOUBLE_GAUGE -> metric.getDoubleGaugeData().getPoints().stream().sorted(BY_LABELS)
                    .forEach(point -> sample(out, name, point.getAttributes(), null, number(point.getValue())));
            case LONG_SUM -> metric.getLongSumData().getPoints().stream().sorted(BY_LABELS).map(LongPointData.class::cast)
                    .forEach(point -> sample(out, name, point.getAttributes(), null, Long.toString(point.getValue())));
            case DOUBLE_SUM -> metric.getDoubleSumData().getPoints().stream().sorted(BY_LABELS)
                    .map(DoublePointData.class::cast)
                    .forEach(point -> sample(out, name, point.getAttributes(), null, number(point.getValue())));
            case HISTOGRAM -> metric.getHistogramData().getPoints().stream().sorted(BY_LABELS)
                    .forEach(point -> histogram(out, name, point));
            default -> {
                // Summaries and exponential histograms: ARA records none.
            }
        }
    }

    private static final Comparator<PointData> BY_LABELS = Comparator.comparing(point -> point.getAttributes().toString());

    private static void histogram(StringBuilder out, String name, HistogramPointData point) {
        List<Double> bounds = point.getBoundaries();
        List<Long> counts = point.getCounts();
        long cumulative = 0;
        for (int i = 0; i < counts.size(); i++) {
            cumulative += counts.get(i);
            String le = i < bounds.size() ? number(bounds.get(i)) : "+Inf";
            sample(out, name + "_bucket", point.getAttributes(), le, Long.toString(cumulative));
        }
        sample(out, name + "_sum", point.getAttributes(), null, number(point.getSum()));
        sample(out, name + "_count", point.getAttributes(), null, Long.toString(point.getCount()));
    }

    private static void sample(StringBuilder out, String name, Attributes attributes, String le, String value) {
        out.append(name);
        Map<String, String> labels = new TreeMap<>();
        attributes.forEach((AttributeKey<?> key, Object labelValue) -> labels.put(sanitize(key.getKey()),
                String.valueOf(labelValue)));
        if (le != null) {
            labels.put("le", le);
        }
        if (!labels.isEmpty()) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, String> label : labels.entrySet()) {
                out.append(separator).append(label.getKey()).append("=\"").append(escapeLabel(label.getValue()))
                        .append('"');
                separator = ",";
            }
            out.append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    /** The Prometheus name of an OpenTelemetry metric. */
    static String name(MetricData metric) {
        String name = sanitize(metric.getName());
        String unit = unitSuffix(metric.getUnit(), metric.getType());
        if (!unit.isEmpty() && !name.endsWith("_" + unit)) {
            name = name + "_" + unit;
        }
        if (type(metric).equals("counter") && !name.endsWith("_total")) {
            name = name + "_total";
        }
        return name;
    }

    private static String unitSuffix(String unit, io.opentelemetry.sdk.metrics.data.MetricDataType type) {
        if (unit == null || unit.isEmpty() || unit.startsWith("{")) {
            return "";
        }
        return switch (unit) {
            case "s" -> "seconds";
            case "ms" -> "milliseconds";
            case "By" -> "bytes";
            case "1" -> type == io.opentelemetry.sdk.metrics.data.MetricDataType.DOUBLE_GAUGE
                    || type == io.opentelemetry.sdk.metrics.data.MetricDataType.LONG_GAUGE ? "ratio" : "";
            case "%" -> "percent";
            default -> sanitize(unit);
        };
    }

    /** Letters, digits and underscores only; a leading digit gets an underscore before it. */
    static String sanitize(String name) {
        String clean = name.replaceAll("[^a-zA-Z0-9_:]", "_").replaceAll("__+", "_");
        return clean.isEmpty() || Character.isDigit(clean.charAt(0)) ? "_" + clean : clean;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%.1f", value) : Double.toString(value);
    }

    private static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
