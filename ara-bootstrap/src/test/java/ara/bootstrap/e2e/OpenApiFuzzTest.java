package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.RedisServer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz battery: requests made from the OpenAPI document ARA serves ({@link FuzzRequests}: every route, method,
 * parameter and body field mutated; valid credentials for a real audit half the time), sent over a raw socket
 * ({@link RawHttp}) to ARA started through the production wiring with its limits raised. Every answer must be a status
 * the document lists for that operation, or a server-level one (the root's {@code x-server-responses}); every 4xx and
 * 5xx in a media type the document gives for it, as problem details of a type it lists, with no Java class, package or
 * stack frame (except a 404 for a path a mutation moved out of {@code /api} and {@code /r2}: that names a web page,
 * and gets the pages' HTML not-found page); never a 500; and the server log must carry no ERROR line. Prints a histogram of statuses; on failure,
 * one reproducing request per kind of failure.
 *
 * <p>{@code -Dfuzz.count} (default 3000), {@code -Dfuzz.seed} (default 15), {@code -Dfuzz.backend}: {@code h2}
 * (default: the embedded H2 file database), {@code memory}, or {@code mariadb-redis} (MariaDB and Redis found as the
 * testkit finds them). The long mode: {@code -Dfuzz.count=100000} (docs/fuzzing.md).
 */
class OpenApiFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 15L);
    private static final String BACKEND = System.getProperty("fuzz.backend", "h2");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Java's words in a body: qualified names, stack frames, exception and Jackson names. */
    private static final Pattern INTERNALS = Pattern.compile("\\b(?:java|javax|jakarta|sun|jdk|org|com|io|ara|net)"
            + "\\.[a-z_]+\\.[A-Za-z_$.]+|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b[A-Z]\\w*(?:Exception|Error)\\b"
            + "|FAIL_ON_|JsonToken|JsonParser|MismatchedInput|[Jj]ackson|START_OBJECT|VALUE_STRING");

    /** A path under /api/ or /r2/ that no server could read as anything else: letters, digits, '_', '-' and '/'. */
    private static final Pattern PLAIN_API_PATH = Pattern.compile("/(?:api|r2)(?:/[A-Za-z0-9_-]*)*");

    @TempDir
    Path dataDir;

    private Application application;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private AppenderBase<ILoggingEvent> capture;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        if (capture != null) {
            root().detachAppender(capture);
        }
    }

    @Test
    void everyFuzzedRequestGetsADocumentedProblemAndNoServerError() throws IOException {
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(environment()))),
                Clock.systemUTC());
        // After the start: the application configures logging as it starts.
        captureErrors();
        HttpSession http = new HttpSession(application.port());
        ServedContract contract = ServedContract.of(http.get("/api/openapi.json").body());
        FuzzRequests requests = new FuzzRequests(contract, world(http), SEED);

        Map<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> failureCounts = new LinkedHashMap<>();
        Map<String, String> reproducers = new LinkedHashMap<>();
        List<String> incomplete = new ArrayList<>();
        int incompleteCount = 0;
        long started = System.nanoTime();
        Level level = root().getLevel();
        // The access log at INFO would be most of the run's time; WARN and ERROR are still seen (and captured).
        root().setLevel(Level.WARN);
        try (RawHttp client = new RawHttp(application.port())) {
            for (int i = 0; i < COUNT; i++) {
                FuzzRequests.Fuzzed fuzzed = requests.next();
                RawHttp.Response response = client.send(fuzzed.request());
                histogram.merge(response.status(), 1, Integer::sum);
                if (!response.complete() && response.status() != 0 && incomplete.isEmpty()) {
                    incomplete.add(fuzzed.request().method() + " " + abbreviate(fuzzed.request().target()) + " -> "
                            + response.status());
                }
                incompleteCount += response.complete() ? 0 : 1;
                check(contract, fuzzed, response).ifPresent(failure -> {
                    failureCounts.merge(failure, 1, Integer::sum);
                    reproducers.putIfAbsent(failure, failure
                            + "\n  mutations " + fuzzed.mutations() + "\n  " + fuzzed.request().describe()
                            + "\n  -> " + response.status() + " " + response.header("content-type") + " "
                            + abbreviate(response.text()));
                });
            }
        } finally {
            root().setLevel(level);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("OpenApiFuzzTest: %d requests (seed %d, backend %s) in %d s; statuses %s; answers cut"
                + " short by a connection reset: %d %s%n", COUNT, SEED, BACKEND, seconds, histogram, incompleteCount,
                incomplete);

        StringBuilder report = new StringBuilder();
        reproducers.forEach((failure, reproducer) -> report.append("\n\n").append(failureCounts.get(failure))
                .append("× ").append(reproducer));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failureCounts).as("kinds of failure (count, first reproducer):%s", report).isEmpty();
            softly.assertThat(errors.stream().distinct().limit(30).toList())
                    .as("ERROR lines in the server log (%d, distinct ones shown)", errors.size()).isEmpty();
        });
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_REPORT_POLL_INTERVAL", "20ms"));
        switch (BACKEND) {
            case "h2" -> {
                // The embedded default: an H2 file database in the data directory.
            }
            case "memory" -> env.put("ARA_DB_URL", "memory");
            case "mariadb-redis" -> {
                MariaDbServer.Schema schema = MariaDbServer.freshSchema();
                env.putAll(Map.of("ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                        "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password(),
                        "ARA_REDIS_URL", RedisServer.url(), "ARA_REDIS_NAMESPACE", RedisServer.uniqueNamespace()));
            }
            default -> throw new IllegalArgumentException("fuzz.backend is h2, memory or mariadb-redis, not "
                    + BACKEND);
        }
        return env;
    }

    /** A guest's audit, a user's audit, a stranger and an admin, and an answer for every question. */
    private static FuzzRequests.World world(HttpSession http) {
        String user = AuditJourneyContract.token("fuzz-user", Set.of());
        HttpSession.Reply guest = http.post("/api/v1/audits", "{}");
        HttpSession.Reply owned = http.bearer(user).post("/api/v1/audits", "{}");
        assertThat(guest.status()).isEqualTo(201);
        assertThat(owned.status()).isEqualTo(201);
        JsonNode questionnaire = http.get("/api/v1/questionnaire").body();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (JsonNode step : questionnaire.path("steps")) {
            for (JsonNode question : step.path("questions")) {
                answers.put(question.path("id").asText(), answer(question));
            }
        }
        return new FuzzRequests.World(guest.body().path("id").asText(), guest.body().path("guestToken").asText(),
                owned.body().path("id").asText(), user, AuditJourneyContract.token("fuzz-stranger", Set.of()),
                AuditJourneyContract.token("fuzz-admin", Set.of("admin")), questionnaire.path("id").asText(),
                questionnaire.path("version").asInt(1), answers);
    }

    private static JsonNode answer(JsonNode question) {
        JsonNode options = question.path("options");
        JsonNode validation = question.path("validation");
        return switch (question.path("type").asText()) {
            case "single_select" -> JSON.getNodeFactory().textNode(options.path(0).path("id").asText());
            case "multi_select" -> JSON.createArrayNode().add(options.path(0).path("id").asText());
            case "yes_no" -> JSON.getNodeFactory().booleanNode(true);
            case "scale_rating", "percentage", "number_input" -> JSON.getNodeFactory().numberNode(
                    validation.path("min").asInt(1));
            default -> JSON.getNodeFactory().textNode("fuzz text");
        };
    }

    /** The failure this answer shows, named by operation, status and rule; empty when it conforms. */
    private static Optional<String> check(ServedContract contract, FuzzRequests.Fuzzed fuzzed,
                                          RawHttp.Response response) {
        int status = response.status();
        String where = fuzzed.operation() == null ? fuzzed.request().method() + " (not in the document)"
                : fuzzed.operation().name();
        if (status == 0) {
            return Optional.of(where + ": no answer (the connection closed)");
        }
        if (status >= 500 && status != 503) {
            return Optional.of(where + ": " + status);
        }
        Optional<ServedContract.Documented> documented = contract.documented(Optional.ofNullable(fuzzed.operation()),
                status);
        if (documented.isEmpty()) {
            return Optional.of(where + ": undocumented status " + status);
        }
        // A body cut short by a connection reset (the server closing with request bytes unread) is not judged.
        if (status < 400 || fuzzed.request().method().equals("HEAD") || !response.complete()) {
            return Optional.empty();
        }
        String media = Optional.ofNullable(response.header("content-type")).map(t -> t.split(";")[0].strip()
                .toLowerCase(Locale.ROOT)).orElse("(none)");
        if (status == 404 && media.equals("text/html")) {
            return pageNotFound(fuzzed, response, where);
        }
        Set<String> mediaTypes = documented.get().mediaTypes();
        if (!mediaTypes.isEmpty() && !mediaTypes.contains(media)) {
            return Optional.of(where + ": " + status + " as " + media + ", documented " + mediaTypes);
        }
        if (INTERNALS.matcher(response.text()).find()) {
            return Optional.of(where + ": " + status + " body names internals");
        }
        if (!media.equals("application/problem+json")) {
            return Optional.empty();
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            String type = problem.path("type").asText();
            Set<String> types = documented.get().problemTypes();
            if (problem.path("status").asInt() != status || (!types.isEmpty() && !types.contains(type))) {
                return Optional.of(where + ": " + status + " of type " + type + ", documented " + types);
            }
        } catch (IOException e) {
            return Optional.of(where + ": " + status + " problem+json that is not JSON");
        }
        return Optional.empty();
    }

    /**
     * A 404 as HTML: right only where a mutation moved the path out of {@code /api} and {@code /r2}, so that it names a
     * web page, which the document does not describe (README, "The web pages"): then it is the pages' not-found page,
     * under the pages' content security policy, which the server picks by the same rule. A plain path under
     * {@code /api/} or {@code /r2/} (no dot, escape or parameter that could move it) must never get it.
     */
    private static Optional<String> pageNotFound(FuzzRequests.Fuzzed fuzzed, RawHttp.Response response,
                                                 String where) {
        String path = fuzzed.request().target().split("\\?", 2)[0];
        if (PLAIN_API_PATH.matcher(path).matches()) {
            return Optional.of(where + ": 404 as the pages' HTML on an API path");
        }
        if (!String.valueOf(response.header("content-security-policy")).startsWith("default-src 'none'")
                || !response.text().contains("<h1 id=\"not-found-title\">Page not found</h1>")) {
            return Optional.of(where + ": 404 as HTML that is not the pages' not-found page");
        }
        return INTERNALS.matcher(response.text()).find() ? Optional.of(where + ": 404 page names internals")
                : Optional.empty();
    }

    private void captureErrors() {
        capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    IThrowableProxy thrown = event.getThrowableProxy();
                    errors.add(event.getLoggerName() + ": " + event.getFormattedMessage()
                            + (thrown == null ? "" : " (" + thrown.getClassName() + ": " + thrown.getMessage() + ")"));
                }
            }
        };
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root().addAppender(capture);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String abbreviate(String body) {
        String flat = body.replace('\n', ' ');
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "…";
    }
}
