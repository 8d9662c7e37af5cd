package ara.benchmarks;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.adapter.persistence.jdbi.JdbiEventOutbox;
import ara.adapter.persistence.jdbi.JdbiWebhookEndpoints;
import ara.adapter.webhook.HostResolver;
import ara.adapter.webhook.JettyWebhookSender;
import ara.adapter.webhook.WebhookSettings;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.outbox.PendingEvent;
import ara.application.service.outbox.DispatchPolicy;
import ara.application.service.outbox.EventDispatcher;
import ara.application.service.webhook.WebhookChannels;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.scoring.ScoringScheme;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Webhook events delivered per second by the transactional outbox on MySQL/MariaDB with two dispatchers (claims under
 * SKIP LOCKED leases, one attempt row per delivery, the event's state updated), against the floor: the same events,
 * signed and posted by the same Jetty sender from two threads straight from a list, with nothing stored. Both deliver
 * to one local receiver (the JDK's HTTP server, answering 204). Interleaved and repeated; prints each run and the
 * ratios (docs/benchmarks.md, "Notifications").
 *
 * <p>Usage: {@code java -cp ara-benchmarks/target/benchmarks.jar ara.benchmarks.OutboxThroughput <jdbc url of an
 * empty database> <user> <password> [events] [repetitions]}.
 */
public final class OutboxThroughput {
    private static final int DISPATCHERS = 2;

    private OutboxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        int repetitions = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService receiving = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiving);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(new DatabaseSettings(args[0], args[1], args[2], 10, 2,
                Duration.ofSeconds(10)));
             JettyWebhookSender sender = new JettyWebhookSender(WebhookSettings.defaults(true), HostResolver.system(),
                     clock)) {
            StoredAudits audits = new StoredAudits(database);
            JdbiWebhookEndpoints endpoints = new JdbiWebhookEndpoints(database,
                    new PersonalDataCipher(audits.keys()));
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            WebhookSecret secret = WebhookSecret.of(key);
            endpoints.save(WebhookEndpoint.register(new WebhookEndpointId(UUID.randomUUID()), url,
                    Set.of(EventType.AUDIT_STARTED), "benchmark receiver", secret, Instant.EPOCH));
            JdbiEventOutbox outbox = new JdbiEventOutbox(database);
            List<DomainEvent> seeded = seed(audits, events, outbox);
            WebhookChannels channels = new WebhookChannels(endpoints, sender, new JdbiAuditLog(database), clock);
            List<double[]> ratios = new ArrayList<>();
            for (int run = 1; run <= repetitions; run++) {
                reset(args);
                received.set(0);
                double outboxRate = timed(events, () -> dispatchAll(outbox, channels, clock));
                check(received, events, "outbox");
                received.set(0);
                double floorRate = timed(events, () -> postAll(sender, url, secret, seeded));
                check(received, events, "floor");
                System.out.printf(Locale.ROOT, "run %d: outbox %.0f events/s, floor %.0f events/s, ratio %.2f%n",
                        run, outboxRate, floorRate, outboxRate / floorRate);
                ratios.add(new double[] {outboxRate, floorRate, outboxRate / floorRate});
            }
            ratios.sort((a, b) -> Double.compare(a[2], b[2]));
            double[] median = ratios.get(ratios.size() / 2);
            System.out.printf(Locale.ROOT, "median ratio %.2f (outbox %.0f, floor %.0f events/s); spread %.2f–%.2f%n",
                    median[2], median[0], median[1], ratios.getFirst()[2], ratios.getLast()[2]);
        } finally {
            receiver.stop(0);
            receiving.shutdownNow();
        }
    }

    /** {@code events} audits started through ARA's repository: one {@code audit.started} event each. */
    private static List<DomainEvent> seed(StoredAudits audits, int events, JdbiEventOutbox outbox) {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        ScoringScheme scheme = catalog.current(catalog.defaultQuestionnaire()).orElseThrow();
        for (int i = 0; i < events; i++) {
            audits.startGuest(scheme, null, Instant.now());
        }
        List<PendingEvent> claimed = outbox.claim(Instant.now(), events, "seed", Duration.ofSeconds(1));
        return claimed.stream().map(PendingEvent::event).toList();
    }

    /** Every event pending again, no attempt recorded. */
    private static void reset(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM delivery_attempts");
            statement.executeUpdate("UPDATE outbox_events SET delivery = 'pending', attempts = 0,"
                    + " due_at = occurred_at, holder = NULL, lease_until = NULL, last_error = NULL,"
                    + " finished_at = NULL");
        }
    }

    private static void dispatchAll(JdbiEventOutbox outbox, WebhookChannels channels, Clock clock) {
        inParallel(index -> {
            EventDispatcher dispatcher = new EventDispatcher(outbox, channels, AuditMetrics.none(), clock,
                    () -> 0.5, DispatchPolicy.DEFAULTS, "bench-dispatcher-" + index);
            while (dispatcher.dispatchDue() > 0) {
                // until nothing is due
            }
        });
    }

    private static void postAll(JettyWebhookSender sender, URI url, WebhookSecret secret, List<DomainEvent> events) {
        inParallel(index -> {
            for (int i = index; i < events.size(); i += DISPATCHERS) {
                sender.send(url, List.of(secret), events.get(i));
            }
        });
    }

    private static void inParallel(IntConsumer work) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < DISPATCHERS; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().start(() -> work.accept(index)));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double timed(int events, Runnable run) {
        long started = System.nanoTime();
        run.run();
        return events / ((System.nanoTime() - started) / 1e9);
    }

    private static void check(AtomicInteger received, int events, String what) {
        if (received.get() != events) {
            throw new IllegalStateException(what + ": the receiver got " + received.get() + " of " + events);
        }
    }
}
