package ara.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness: closed-loop virtual users, each taking whole guest audits through the wizard (start, 16 autosaves,
 * guest email, read, submit, result) against a running ARA, for a bounded time. Prints throughput and p50/p95/p99 per route as a
 * Markdown table. Only loopback targets: it refuses any other host.
 *
 * <p>Usage: {@code WizardLoad <baseUrl> <users> <seconds> [warm-up seconds]}, e.g.
 * {@code http://127.0.0.1:7070 16 30 15}: the warm-up runs the same load unmeasured first (JIT, pools).
 */
public final class WizardLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern GUEST_TOKEN = Pattern.compile("\"guestToken\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final String[][] ANSWERS = {
            {"company_size", "\"medium\""}, {"industry", "\"retail\""}, {"current_ai_usage", "\"pilot\""},
            {"tech_stack_maturity", "7"}, {"api_architecture", "\"rest_mature\""},
            {"cloud_infrastructure", "\"hybrid\""}, {"data_infrastructure", "\"data_warehouse\""},
            {"version_control", "\"git_ci\""}, {"testing_practices", "[\"unit_tests\",\"integration_tests\"]"},
            {"code_quality", "6"}, {"security_practices", "[\"access_control\",\"encryption\",\"audit_logs\"]"},
            {"compliance_requirements", "[\"gdpr\"]"}, {"data_sensitivity", "\"confidential\""},
            {"monitoring_capabilities", "[\"application_monitoring\",\"alerting\"]"},
            {"deployment_automation", "\"ci_cd_basic\""}, {"incident_response", "5"}};

    private final URI base;
    private final HttpClient client;
    private final Map<String, LatencyLog> logs = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    private WizardLoad(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3 || args.length > 4) {
            throw new IllegalArgumentException("usage: WizardLoad <baseUrl> <users> <seconds> [warm-up seconds]");
        }
        URI base = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("the load harness only targets loopback, not " + base.getHost());
        }
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        if (warmUp > 0) {
            run(new WizardLoad(base), users, warmUp);
        }
        WizardLoad load = new WizardLoad(base);
        double elapsed = run(load, users, seconds);
        load.report(users, elapsed);
    }

    private static double run(WizardLoad load, int users, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                pool.submit(() -> load.userLoop(deadline));
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private Void userLoop(long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                // A guest audit, as a visitor starts one: its token goes with every later request.
                String audit = call("POST /audits", "POST", "/api/v1/audits", "{\"organizationName\":\"Load\"}", null,
                        201);
                Matcher id = ID.matcher(audit);
                Matcher token = GUEST_TOKEN.matcher(audit);
                if (!id.find() || !token.find()) {
                    failures.incrementAndGet();
                    continue;
                }
                String guest = token.group(1);
                String path = "/api/v1/audits/" + id.group(1);
                for (String[] answer : ANSWERS) {
                    call("PUT /audits/{id}/answers/{q}", "PUT", path + "/answers/" + answer[0],
                            "{\"value\":" + answer[1] + "}", guest, 200);
                }
                call("POST /audits/{id}/guest-email", "POST", path + "/guest-email",
                        "{\"email\":\"load@example.com\"}", guest, 200);
                call("GET /audits/{id}", "GET", path, null, guest, 200);
                call("POST /audits/{id}/submit", "POST", path + "/submit", null, guest, 200);
                call("GET /audits/{id}/result", "GET", path + "/result", null, guest, 200);
            } catch (IOException e) {
                failures.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private String call(String route, String method, String path, String body, String guestToken, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (guestToken != null) {
            request.header("X-Guest-Token", guestToken);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1_000;
        logs.computeIfAbsent(route, r -> new LatencyLog()).add(micros);
        if (response.statusCode() != expected) {
            failures.incrementAndGet();
        }
        return response.body();
    }

    private void report(int users, double seconds) {
        StringBuilder out = new StringBuilder();
        long total = logs.values().stream().mapToLong(LatencyLog::count).sum();
        out.append(String.format(Locale.ROOT, "%d users, %.1f s, %d requests (%.0f req/s), %d failures%n%n",
                users, seconds, total, total / seconds, failures.get()));
        out.append("| route | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        Map<String, LatencyLog> ordered = new LinkedHashMap<>();
        List.of("POST /audits", "PUT /audits/{id}/answers/{q}", "POST /audits/{id}/guest-email", "GET /audits/{id}",
                "POST /audits/{id}/submit", "GET /audits/{id}/result").forEach(route -> {
                    if (logs.containsKey(route)) {
                        ordered.put(route, logs.get(route));
                    }
                });
        ordered.forEach((route, log) -> {
            long[] sorted = log.sorted();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f |%n", route,
                    sorted.length, sorted.length / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0));
        });
        System.out.print(out);
    }

    private static double pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    /** Latencies of one route in microseconds; appended by many threads. */
    private static final class LatencyLog {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current = new long[4096];
        private int size;
        private long count;

        synchronized void add(long micros) {
            if (size == current.length) {
                chunks.add(current);
                current = new long[4096];
                size = 0;
            }
            current[size++] = micros;
            count++;
        }

        synchronized long count() {
            return count;
        }

        synchronized long[] sorted() {
            long[] all = new long[(int) count];
            int at = 0;
            for (long[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            System.arraycopy(current, 0, all, at, size);
            Arrays.sort(all);
            return all;
        }
    }
}
