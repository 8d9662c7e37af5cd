package ara.bootstrap;

import ara.application.port.in.report.RunReportJobUseCase;
import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker pool: bounded, named, warmed once, survives failing runs, and stops gracefully. */
class ReportWorkersTest {
    private static final Report JOB = Report.request(new ReportId(UUID.randomUUID()), new AuditId(UUID.randomUUID()),
            ReportTemplate.STANDARD, ReportOptions.none(), Instant.EPOCH);

    /** Jobs to hand out, counted; a run may throw (the database is down). */
    private static final class Jobs implements RunReportJobUseCase {
        final AtomicInteger left;
        final AtomicInteger failures = new AtomicInteger();
        final Set<String> workers = ConcurrentHashMap.newKeySet();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        volatile CountDownLatch release = new CountDownLatch(0);
        final CountDownLatch running = new CountDownLatch(1);
        final AtomicInteger renewals = new AtomicInteger();

        Jobs(int jobs) {
            left = new AtomicInteger(jobs);
        }

        @Override
        public Optional<Report> runNext(String worker) {
            workers.add(worker);
            threads.add(Thread.currentThread().getName());
            if (failures.getAndIncrement() < 3) {
                throw new IllegalStateException("database down");
            }
            if (left.getAndDecrement() <= 0) {
                left.incrementAndGet();
                return Optional.empty();
            }
            running.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(JOB);
        }

        @Override
        public int renewLeases() {
            renewals.incrementAndGet();
            if (renewals.get() == 2) {
                throw new IllegalStateException("database down while renewing");
            }
            return 1;
        }
    }

    private static void awaitUntil(AtomicBooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    private interface AtomicBooleanSupplier {
        boolean get();
    }

    @Test
    void theWorkersRunEveryJobOnTheirOwnNamedThreadsAndSurviveFailingRuns() throws Exception {
        Jobs jobs = new Jobs(50);
        AtomicInteger warmUps = new AtomicInteger();
        try (ReportWorkers workers = new ReportWorkers(jobs, 3, Duration.ofMillis(10), Duration.ofSeconds(5),
                Duration.ofMinutes(1), warmUps::incrementAndGet)) {
            workers.start();
            awaitUntil(() -> jobs.left.get() == 0);
        }

        assertThat(warmUps).hasValue(1);
        assertThat(jobs.threads).containsExactlyInAnyOrder("ara-report-worker-1", "ara-report-worker-2",
                "ara-report-worker-3");
        assertThat(jobs.workers).hasSize(3).allSatisfy(name -> assertThat(name).matches(".+-\\d+-[0-9a-f]{8}#[123]"));
    }

    @Test
    void closingWaitsForTheJobInProgressAndStartsNoOther() throws Exception {
        Jobs jobs = new Jobs(10);
        jobs.release = new CountDownLatch(1);
        ReportWorkers workers = new ReportWorkers(jobs, 1, Duration.ofMillis(10), Duration.ofSeconds(30),
                Duration.ofMinutes(1), () -> { });
        workers.start();
        assertThat(jobs.running.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean closed = new AtomicBoolean();
        Thread closer = Thread.ofPlatform().start(() -> {
            workers.close();
            closed.set(true);
        });

        Thread.sleep(200);
        assertThat(closed).as("still rendering").isFalse();
        jobs.release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(closed).isTrue();
        assertThat(jobs.left).as("one job ran, none started after close").hasValue(9);
    }

    @Test
    void aPoolOfNoWorkersRunsNothing() throws InterruptedException {
        Jobs jobs = new Jobs(1);
        try (ReportWorkers workers = new ReportWorkers(jobs, 0, Duration.ofMillis(10), Duration.ofSeconds(1),
                Duration.ofMillis(5), () -> { })) {
            workers.start();
            Thread.sleep(100);
        }
        assertThat(jobs.workers).isEmpty();
        assertThat(jobs.renewals).as("no workers, no leases to keep").hasValue(0);
    }

    @Test
    void whileWorkersRunTheLeasesAreRenewedPeriodicallyEvenAfterAFailedRenewalAndNotAfterClosing() throws Exception {
        Jobs jobs = new Jobs(1);
        jobs.release = new CountDownLatch(1);
        ReportWorkers workers = new ReportWorkers(jobs, 1, Duration.ofMillis(10), Duration.ofSeconds(30),
                Duration.ofMillis(20), () -> { });
        workers.start();
        assertThat(jobs.running.await(30, TimeUnit.SECONDS)).isTrue();

        awaitUntil(() -> jobs.renewals.get() >= 4);
        jobs.release.countDown();
        workers.close();
        int afterClose = jobs.renewals.get();
        Thread.sleep(100);

        assertThat(jobs.renewals).as("the keeper stopped with the workers").hasValue(afterClose);
    }
}
