package ara.bootstrap.e2e;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Prometheus alerting-rules file (the subset of YAML it uses: {@code groups}, {@code rules}, one-line or
 * folded {@code expr}), checks that every rule has an alert name, an expression, a severity label and a summary,
 * and lists the metric names the expressions use. Prometheus' own {@code up} series is not ARA's and is left out.
 */
record AlertRules(List<String> alerts, Set<String> metrics) {
    private static final Set<String> PROMQL = Set.of("sum", "rate", "irate", "increase", "by", "without", "on",
            "ignoring", "group_left", "group_right", "histogram_quantile", "max", "min", "avg", "count", "absent",
            "and", "or", "unless", "bool", "offset", "clamp_min", "clamp_max", "vector", "scalar", "time", "le",
            "up");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    static AlertRules read(String yaml) {
        if (!yaml.startsWith("groups:") && !yaml.contains("\ngroups:")) {
            throw new AssertionError("no groups:");
        }
        List<String> alerts = new ArrayList<>();
        Set<String> metrics = new LinkedHashSet<>();
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("- alert:")) {
                continue;
            }
            String alert = line.substring("- alert:".length()).strip();
            int indent = lines[i].indexOf('-');
            StringBuilder expr = new StringBuilder();
            boolean severity = false;
            boolean summary = false;
            int j = i + 1;
            for (; j < lines.length && (lines[j].isBlank() || indentOf(lines[j]) > indent); j++) {
                String body = lines[j].strip();
                if (body.startsWith("expr:")) {
                    String value = body.substring(5).strip();
                    if (value.equals(">-") || value.equals("|") || value.equals(">")) {
                        int exprIndent = indentOf(lines[j]);
                        while (j + 1 < lines.length && indentOf(lines[j + 1]) > exprIndent) {
                            expr.append(lines[++j].strip()).append(' ');
                        }
                    } else {
                        expr.append(value);
                    }
                }
                severity |= body.startsWith("severity:");
                summary |= body.startsWith("summary:");
            }
            if (alert.isEmpty() || expr.isEmpty() || !severity || !summary) {
                throw new AssertionError("alert " + alert + " needs expr, labels.severity and annotations.summary");
            }
            alerts.add(alert);
            metrics.addAll(metricsOf(expr.toString()));
            i = j - 1;
        }
        return new AlertRules(List.copyOf(alerts), Set.copyOf(metrics));
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.isBlank() ? Integer.MAX_VALUE : n;
    }

    /** The metric names of an expression: identifiers outside label matchers, ranges, strings and by-clauses. */
    static Set<String> metricsOf(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> metrics = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!PROMQL.contains(word) && !number && !word.matches("[eE]\\d*")) {
                metrics.add(word);
            }
        }
        return metrics;
    }
}
