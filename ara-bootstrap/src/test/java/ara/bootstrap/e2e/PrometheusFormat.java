package ara.bootstrap.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, for the tests: every line is a {@code # HELP}, a
 * {@code # TYPE} or a sample; names and labels are well-formed; a family's TYPE comes before its samples and only
 * once; values are numbers; histogram buckets are cumulative and end in {@code +Inf} equal to {@code _count}.
 * Anything else fails with the line number.
 */
final class PrometheusFormat {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");

    /** One sample: name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final Map<String, String> types = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();

    private PrometheusFormat() {
    }

    static PrometheusFormat parse(String text) {
        PrometheusFormat parsed = new PrometheusFormat();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError("the exposition does not end with a newline");
        }
        String[] lines = text.split("\n");
        Set<String> helped = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": " + line;
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                if (!helped.add(m.group(1))) {
                    throw new AssertionError("second HELP, " + where);
                }
            } else if ((m = TYPE.matcher(line)).matches()) {
                if (parsed.types.putIfAbsent(m.group(1), m.group(2)) != null) {
                    throw new AssertionError("second TYPE, " + where);
                }
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                parsed.samples.add(new Sample(m.group(1), labels(m.group(3), where), value(m.group(4), where)));
                if (parsed.family(m.group(1)).isEmpty()) {
                    throw new AssertionError("sample before its TYPE, " + where);
                }
            } else {
                throw new AssertionError("not Prometheus text, " + where);
            }
        }
        parsed.checkHistograms();
        return parsed;
    }

    private static Map<String, String> labels(String text, String where) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher m = LABEL.matcher(text);
        int at = 0;
        while (m.find() && m.start() == at) {
            if (labels.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError("repeated label, " + where);
            }
            at = m.end();
            if (at < text.length()) {
                if (text.charAt(at) != ',') {
                    throw new AssertionError("bad label list, " + where);
                }
                at++;
            }
        }
        if (at != text.length()) {
            throw new AssertionError("bad labels, " + where);
        }
        return labels;
    }

    private static double value(String text, String where) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new AssertionError("not a number, " + where);
                }
            }
        };
    }

    /** The family (TYPE name) a sample name belongs to. */
    Optional<String> family(String sample) {
        if (types.containsKey(sample)) {
            return Optional.of(sample);
        }
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (sample.endsWith(suffix)) {
                String base = sample.substring(0, sample.length() - suffix.length());
                if ("histogram".equals(types.get(base)) || "summary".equals(types.get(base))) {
                    return Optional.of(base);
                }
            }
        }
        return Optional.empty();
    }

    private void checkHistograms() {
        Map<String, List<Sample>> buckets = new HashMap<>();
        Map<String, Double> counts = new HashMap<>();
        for (Sample sample : samples) {
            Map<String, String> series = new LinkedHashMap<>(sample.labels());
            series.remove("le");
            String key = family(sample.name()).orElseThrow() + series;
            if (sample.name().endsWith("_bucket")) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(sample);
            } else if (sample.name().endsWith("_count")) {
                counts.put(key, sample.value());
            }
        }
        buckets.forEach((series, list) -> {
            double previous = 0;
            for (Sample bucket : list) {
                if (bucket.value() < previous) {
                    throw new AssertionError("buckets not cumulative: " + series);
                }
                previous = bucket.value();
            }
            Sample last = list.getLast();
            if (!"+Inf".equals(last.labels().get("le")) || !Double.valueOf(last.value()).equals(counts.get(series))) {
                throw new AssertionError("the +Inf bucket is not the count: " + series);
            }
        });
    }

    Map<String, String> types() {
        return types;
    }

    List<Sample> samples() {
        return samples;
    }

    /** The sum of the samples of that name whose labels include these (name, value, name, value …). */
    double value(String name, String... labels) {
        return samples.stream().filter(sample -> sample.name().equals(name)).filter(sample -> {
            for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).mapToDouble(Sample::value).sum();
    }

    boolean has(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }
}
