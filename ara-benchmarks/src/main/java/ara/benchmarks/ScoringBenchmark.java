package ara.benchmarks;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoringScheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Scoring one complete classic audit (the worked example): profile choice, visibility and the score card,
 * as the wizard does on every autosave; and the full result with recommendations, as submit does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class ScoringBenchmark {
    private ScoringScheme scheme;
    private Answers answers;
    private ScoringScheme full;
    private Answers fullAnswers;
    private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Setup
    public void setUp() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        scheme = catalog.current(catalog.defaultQuestionnaire()).orElseThrow();
        answers = WorkedExample.answers();
        double total = scheme.score(answers).total().score();
        if (total != WorkedExample.TOTAL) {
            throw new IllegalStateException("the worked example must score 6.5, got " + total);
        }
        full = catalog.current(QuestionnaireId.of("full")).orElseThrow();
        fullAnswers = FullWorkedExample.answers();
        double fullTotal = full.score(fullAnswers).total().score();
        if (fullTotal != FullWorkedExample.TOTAL) {
            throw new IllegalStateException("the full worked example must score 30.00, got " + fullTotal);
        }
    }

    /** The score card of a full audit: what "scoring one audit" means in the target. */
    @Benchmark
    public ScoreCard scoreFullAudit() {
        return scheme.score(answers);
    }

    @Benchmark
    public Object visibilityOnly() {
        return ara.domain.logic.Visibility.of(scheme.definition(), answers);
    }

    @Benchmark
    public Object chooseProfile() {
        return scheme.modelFor(answers);
    }

    /** The full result: score card plus levels, strengths, gaps, recommendations, roadmap and insights. */
    @Benchmark
    public AuditResult assembleFullResult() {
        return ResultAssembler.assemble(scheme, answers, now);
    }

    /** The score card of the full questionnaire's worked example (56 visible answers): the floor of the next one. */
    @Benchmark
    public ScoreCard scoreFullQuestionnaire() {
        return full.score(fullAnswers);
    }

    /** The full questionnaire's whole result, next-level guidance included (what its submit does). */
    @Benchmark
    public AuditResult assembleFullQuestionnaireResult() {
        return ResultAssembler.assemble(full, fullAnswers, now);
    }
}
