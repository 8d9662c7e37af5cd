package ara.benchmarks;

import ara.adapter.report.pdf.FlyingSaucerReportRenderer;
import ara.application.port.out.report.ReportContent;
import ara.domain.report.ReportTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Rendering the PDF report of the worked example (classic questionnaire, all 16 answers, scored by the domain),
 * per template: the time of one render on one thread ({@link #renderOne}, sampled: p50/p99), and sustained reports
 * per minute with as many threads as cores ({@link #sustained}), one shared renderer as in production.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class ReportRenderBenchmark {
    @Param({"standard", "executive", "technical"})
    public String template;

    private FlyingSaucerReportRenderer renderer;
    private ReportContent content;

    @Setup
    public void setUp() {
        content = WorkedExample.report(ReportTemplate.fromCode(template).orElseThrow());
        renderer = new FlyingSaucerReportRenderer();
        renderer.warmUp();
    }

    /** One render on one thread; JMH samples each call's time (p50, p99). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] renderOne() {
        return renderer.render(content);
    }

    /** Reports per minute with one thread per core sharing one renderer. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MINUTES)
    @Threads(Threads.MAX)
    public byte[] sustained() {
        return renderer.render(content);
    }
}
