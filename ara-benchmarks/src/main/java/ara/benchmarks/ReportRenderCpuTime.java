package ara.benchmarks;

import ara.adapter.report.pdf.FlyingSaucerReportRenderer;
import ara.application.port.out.report.ReportContent;
import ara.domain.report.ReportTemplate;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Companion to {@link ReportRenderBenchmark} for a shared machine: per template, the CPU time of one render (p50,
 * p99, from the thread's CPU clock, which other processes on the machine do not inflate) next to its wall time, the
 * capacity that CPU time implies, and a sustained run with one thread per core.
 *
 * <pre>java -cp ara-benchmarks/target/benchmarks.jar ara.benchmarks.ReportRenderCpuTime [renders] [seconds]</pre>
 */
public final class ReportRenderCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportRenderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        PrintStream out = System.out;
        FlyingSaucerReportRenderer renderer = new FlyingSaucerReportRenderer();
        out.printf(Locale.ROOT, "warm-up render in a fresh JVM: %d ms%n", renderer.warmUp());
        int cores = Runtime.getRuntime().availableProcessors();
        for (ReportTemplate template : ReportTemplate.values()) {
            ReportContent content = WorkedExample.report(template);
            for (int i = 0; i < renders; i++) {
                renderer.render(content);
            }
            long[] cpu = new long[renders];
            long[] wall = new long[renders];
            int bytes = 0;
            for (int i = 0; i < renders; i++) {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                bytes = renderer.render(content).length;
                wall[i] = System.nanoTime() - wall0;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            double cpuP50 = millis(cpu, 0.50);
            out.printf(Locale.ROOT, "%-9s cpu p50 %6.1f ms  p99 %6.1f ms | wall p50 %6.1f ms  p99 %6.1f ms | %,d bytes"
                    + " | capacity %,.0f reports/min on %d cores%n", template.code(), cpuP50, millis(cpu, 0.99),
                    millis(wall, 0.50), millis(wall, 0.99), bytes, cores * 60_000 / cpuP50, cores);
        }
        sustained(renderer, WorkedExample.report(ReportTemplate.STANDARD), cores, seconds, out);
    }

    private static void sustained(FlyingSaucerReportRenderer renderer, ReportContent content, int threads,
                                  int seconds, PrintStream out) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long count = 0;
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                while (running.get()) {
                    renderer.render(content);
                    count++;
                }
                return new long[] {count, THREADS.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long reports = 0;
        long cpu = 0;
        for (Future<long[]> result : results) {
            long[] r = result.get();
            reports += r[0];
            cpu += r[1];
        }
        double elapsedMinutes = (System.nanoTime() - start) / 60e9;
        pool.shutdown();
        out.printf(Locale.ROOT, "sustained standard, %d threads, %d s: %,.0f reports/min (wall clock), %.1f ms CPU "
                + "per report%n", threads, seconds, reports / elapsedMinutes, cpu / 1e6 / reports);
    }

    private static double millis(long[] sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
