package ara.bootstrap;

import ara.application.port.in.report.RunReportJobUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The report workers of this process: a fixed, bounded pool of platform threads (rendering is CPU-bound and must
 * not run on the request threads), each running report jobs one after another through {@link RunReportJobUseCase}
 * and polling when none is due. Workers of every process share the jobs through the database. Each worker's name
 * (which holds a job's lease) is unique: this process's id plus the thread's number. {@link #close} stops
 * gracefully: no new job is started, jobs in progress finish (up to a timeout; a job still running then is left to
 * its lease, which another worker takes over once it lapses). While workers run, a keeper thread renews the leases
 * of the jobs in progress every {@code renewEvery} (a third of the lease), so a render slower than one lease is not
 * taken over while this process lives. Thread-safe; started and closed once.
 */
final class ReportWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWorkers.class);

    private final RunReportJobUseCase jobs;
    private final Duration pollInterval;
    private final Duration stopTimeout;
    private final Duration renewEvery;
    private final String instance;
    private final List<Thread> threads = new ArrayList<>();
    private final RunSwitch run = new RunSwitch();
    private final Runnable warmUp;
    private final Thread keeper;

    /**
     * @param renewEvery how often the leases of the jobs in progress are renewed: well within one lease
     * @param warmUp     run by the first worker before it takes a job (a failed warm-up is logged: the first real
     *                   render then pays for it)
     */
    ReportWorkers(RunReportJobUseCase jobs, int size, Duration pollInterval, Duration stopTimeout, Duration renewEvery,
                  Runnable warmUp) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.renewEvery = Objects.requireNonNull(renewEvery, "renewEvery");
        if (renewEvery.isNegative() || renewEvery.isZero()) {
            throw new IllegalArgumentException("renewEvery must be more than 0, got " + renewEvery);
        }
        this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (size < 0) {
            throw new IllegalArgumentException("size must be at least 0, got " + size);
        }
        this.instance = instanceName();
        for (int i = 1; i <= size; i++) {
            String name = instance + "#" + i;
            Thread thread = Thread.ofPlatform().name("ara-report-worker-" + i).daemon(true).unstarted(() -> work(name));
            threads.add(thread);
        }
        this.keeper = Thread.ofPlatform().name("ara-report-lease-keeper").daemon(true).unstarted(this::keepLeases);
    }

    /** {@code host-pid-random}: unique across processes, readable in the database and the logs. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 180 ? name.substring(name.length() - 180) : name;
    }

    /** Starts the workers; the first one warms up before it takes a job. */
    void start() {
        run.start();
        threads.forEach(Thread::start);
        if (!threads.isEmpty()) {
            keeper.start();
        }
        LOG.info("{} report workers started ({})", threads.size(), instance);
    }

    private void work(String name) {
        if (name.endsWith("#1")) {
            try {
                warmUp.run();
            } catch (RuntimeException e) {
                LOG.warn("report renderer warm-up failed: {}", e.toString());
            }
        }
        while (run.running()) {
            boolean ran;
            try {
                ran = jobs.runNext(name).isPresent();
            } catch (RuntimeException e) {
                // The database or storage is down: the job (if one was claimed) comes back when its lease lapses.
                LOG.warn("report worker {}: {}", name, e.toString());
                ran = false;
            }
            if (!ran) {
                idle();
            }
        }
    }

    private void keepLeases() {
        while (run.running()) {
            await(renewEvery);
            if (run.running()) {
                try {
                    jobs.renewLeases();
                } catch (RuntimeException e) {
                    LOG.warn("report lease keeper: {}", e.toString());
                }
            }
        }
    }

    private void idle() {
        await(pollInterval);
    }

    /** Waits for {@code duration} or until closed. */
    private void await(Duration duration) {
        run.pause(duration);
    }

    /** Stops starting jobs and waits (up to the stop timeout) for those in progress. */
    @Override
    public void close() {
        run.stop();
        long deadline = System.nanoTime() + stopTimeout.toNanos();
        List<Thread> all = new ArrayList<>(threads);
        if (keeper.isAlive()) {
            all.add(keeper);
        }
        for (Thread thread : all) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(thread, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long alive = threads.stream().filter(Thread::isAlive).count();
        if (alive > 0) {
            LOG.warn("{} report workers were still rendering after {}; their jobs return when their leases lapse",
                    alive, stopTimeout);
        } else {
            LOG.info("report workers stopped ({})", instance);
        }
    }
}
