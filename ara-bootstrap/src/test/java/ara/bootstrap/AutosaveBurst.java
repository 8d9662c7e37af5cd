package ara.bootstrap;

import ara.contract.MariaDbServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent autosaves for the crash and drain battery: one writer thread per guest audit, each saving one scale
 * answer after another ({@code PUT …/answers/{question}}) until ARA stops answering, and remembering what ARA
 * acknowledged ({@code 200} with the new version) and the one save it sent but got no answer to. {@link #verify} then
 * reads every audit back and tells acknowledged writes that were kept from those that were lost. Writers run on
 * their own threads; the record of each audit is written by its writer and read after the writer ended.
 */
final class AutosaveBurst {
    /** The limits raised for the run: the battery measures durability, not the rate limits. */
    static final Map<String, String> RAISED_LIMITS = Map.of(
            "ARA_LIMIT_API_PER_IP", "1000000/1m",
            "ARA_LIMIT_AUDIT_CREATE_PER_IP", "10000/1h",
            "ARA_LIMIT_ANSWER_WRITES_PER_AUDIT", "1000000/1m");

    /** The backends the battery runs on: the embedded default and a MySQL-compatible server. */
    enum BackendUnderTest {
        H2, MARIADB;

        /** The variables of a run on this backend, with the raised limits; a fresh MariaDB schema for MARIADB. */
        Map<String, String> environment() {
            Map<String, String> environment = new HashMap<>(RAISED_LIMITS);
            if (this == MARIADB) {
                MariaDbServer.Schema schema = MariaDbServer.freshSchema();
                environment.put("ARA_DB_URL", schema.jdbcUrl());
                environment.put("ARA_DB_USER", schema.user());
                environment.put("ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password());
            }
            return environment;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> QUESTIONS = List.of("tech_stack_maturity", "code_quality", "incident_response");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<GuestAudit> audits;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    private AutosaveBurst(List<GuestAudit> audits) {
        this.audits = audits;
    }

    /** One answer ARA gave a save: its status and whether it said when to retry. */
    record Answer(int status, boolean retryAfter) {
    }

    /** What reading the audits back found, summed over the audits. */
    record Check(int audits, long acknowledgedWrites, long lostVersions, List<String> losses) {
    }

    /** Starts {@code count} guest audits on the running server. */
    static AutosaveBurst start(URI base, int count) throws IOException, InterruptedException {
        AutosaveBurst burst = new AutosaveBurst(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = burst.send(HttpRequest.newBuilder(base.resolve("/api/v1/audits"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"organizationName\":\"Battery " + i + "\"}")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode body = JSON.readTree(created.body());
            burst.audits.add(new GuestAudit(body.path("id").asText(), body.path("guestToken").asText(),
                    body.path("version").asLong()));
        }
        return burst;
    }

    /** Starts one writer per audit against {@code base}; each stops at its first failed exchange or at {@link #end}. */
    void write(URI base) {
        stop.set(false);
        writers.clear();
        for (GuestAudit audit : audits) {
            audit.acknowledgedThisRound = 0;
            writers.add(Thread.ofPlatform().name("writer-" + audit.id).start(() -> writeUntilStopped(base, audit)));
        }
    }

    /** Waits until every writer had at least {@code count} saves acknowledged in this round (at most 60 s). */
    void awaitAcknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (audits.stream().anyMatch(audit -> audit.acknowledgedThisRound < count)) {
            if (System.nanoTime() > deadline || writers.stream().noneMatch(Thread::isAlive)) {
                throw new AssertionError("the writers did not get " + count + " saves acknowledged each: "
                        + audits.stream().map(audit -> audit.acknowledgedThisRound).toList() + ", answers "
                        + histogram());
            }
            Thread.sleep(10);
        }
    }

    /** Waits until every writer has ended by itself (ARA stopped answering); false if one still runs after 30 s. */
    boolean awaitWritersEnded() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread writer : writers) {
            writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (writer.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Tells the writers to stop after their current save and waits for them. */
    void end() throws InterruptedException {
        stop.set(true);
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Every answer ARA gave a save so far, in no particular order. */
    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many saves got each status so far. */
    Map<Integer, Long> histogram() {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach(answer -> counts.merge(answer.status(), 1L, Long::sum));
        return counts;
    }

    /** Saves acknowledged so far, over all audits and rounds. */
    long acknowledged() {
        return audits.stream().mapToLong(audit -> audit.acknowledged).sum();
    }

    /**
     * Reads every audit back from the server at {@code base}: its version must be the last acknowledged one with the
     * acknowledged answers, or one more with the unanswered save applied on top (it may have been committed before
     * the process died). Anything else is a lost write; the audits' records then follow what was read, for the next
     * round.
     */
    Check verify(URI base) throws IOException, InterruptedException {
        long lost = 0;
        List<String> losses = new ArrayList<>();
        for (GuestAudit audit : audits) {
            HttpResponse<String> read = send(HttpRequest.newBuilder(base.resolve("/api/v1/audits/" + audit.id))
                    .header("X-Guest-Token", audit.token).GET());
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(read.body());
            long version = body.path("version").asLong();
            Map<String, Integer> stored = scaleAnswers(body.path("answers"));
            Optional<String> problem = audit.compare(version, stored);
            if (problem.isPresent()) {
                losses.add(problem.get());
                lost += Math.max(1, audit.version - version);
            }
            audit.continueFrom(version, stored);
        }
        return new Check(audits.size(), acknowledged(), lost, losses);
    }

    /** Writes a test's figures to {@code target/battery/<name>.txt} and to the test's output. */
    static void report(String name, CharSequence figures) throws IOException {
        Files.writeString(batteryFile(name + ".txt"), figures);
        System.out.print(figures);
    }

    /** A fresh {@code target/battery/<name>.log} for ARA's output, kept after the test for a look at a failure. */
    static Path log(String name) throws IOException {
        Path log = batteryFile(name + ".log");
        Files.deleteIfExists(log);
        return Files.createFile(log);
    }

    /** A file in {@code target/battery}, the battery's output directory. */
    static Path batteryFile(String name) throws IOException {
        Path directory = Path.of(System.getProperty("ara.battery.dir", "target/battery"));
        return Files.createDirectories(directory).resolve(name);
    }

    private void writeUntilStopped(URI base, GuestAudit audit) {
        for (int n = 0; !stop.get(); n++) {
            String question = QUESTIONS.get(n % QUESTIONS.size());
            int value = 1 + (int) ((audit.version + n) % 10);
            audit.pending = new Save(question, value);
            HttpResponse<String> response;
            try {
                response = send(HttpRequest.newBuilder(base.resolve("/api/v1/audits/" + audit.id + "/answers/"
                                + question)).header("Content-Type", "application/json")
                        .header("X-Guest-Token", audit.token)
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":" + value + "}")));
            } catch (IOException stopped) {
                return; // refused or reset: ARA is gone; the save stays pending (it may have been committed)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.add(new Answer(response.statusCode(), response.headers().firstValue("Retry-After").isPresent()));
            if (response.statusCode() == 200) {
                audit.acknowledge(versionOf(response.body()));
            } else if (response.statusCode() < 500 || response.statusCode() == 503) {
                audit.pending = null; // refused: nothing was done
            } else {
                return; // 500: what happened is unknown; keep it pending and stop
            }
        }
    }

    private static long versionOf(String body) {
        try {
            return JSON.readTree(body).path("version").asLong();
        } catch (IOException e) {
            throw new AssertionError("a 200 without a JSON body: " + body, e);
        }
    }

    private static Map<String, Integer> scaleAnswers(JsonNode answers) {
        Map<String, Integer> values = new HashMap<>();
        for (String question : QUESTIONS) {
            if (answers.has(question)) {
                values.put(question, answers.path(question).asInt());
            }
        }
        return values;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Save(String question, int value) {
    }

    /** One guest audit and what its writer knows: the last acknowledged state and the save in flight. */
    private static final class GuestAudit {
        final String id;
        final String token;
        volatile long version;
        volatile Map<String, Integer> values = Map.of();
        volatile Save pending;
        volatile long acknowledged;
        volatile int acknowledgedThisRound;

        GuestAudit(String id, String token, long version) {
            this.id = id;
            this.token = token;
            this.version = version;
        }

        void acknowledge(long newVersion) {
            if (newVersion != version + 1) {
                throw new AssertionError("audit " + id + ": acknowledged version " + newVersion + " after " + version);
            }
            Map<String, Integer> next = new HashMap<>(values);
            next.put(pending.question(), pending.value());
            values = next;
            version = newVersion;
            pending = null;
            acknowledged++;
            acknowledgedThisRound++;
        }

        Optional<String> compare(long storedVersion, Map<String, Integer> stored) {
            if (storedVersion == version && stored.equals(values)) {
                return Optional.empty();
            }
            Save inFlight = pending;
            if (inFlight != null && storedVersion == version + 1) {
                Map<String, Integer> withPending = new HashMap<>(values);
                withPending.put(inFlight.question(), inFlight.value());
                if (stored.equals(withPending)) {
                    return Optional.empty();
                }
            }
            return Optional.of("audit " + id + ": acknowledged version " + version + " " + values + ", in flight "
                    + inFlight + "; stored version " + storedVersion + " " + stored);
        }

        void continueFrom(long storedVersion, Map<String, Integer> stored) {
            version = storedVersion;
            values = Map.copyOf(stored);
            pending = null;
        }
    }
}
