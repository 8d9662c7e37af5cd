package ara.benchmarks;

import ara.adapter.assistant.offline.HashedNgramEmbeddingModel;
import ara.adapter.assistant.offline.OfflineAssistantModel;
import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.domain.answer.Answers;
import ara.domain.chat.Embedding;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.StepId;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The offline assistant on the classic questionnaire: one whole reply (BM25 retrieval, option matching, composing
 * and streaming word by word to a listener), a reply that names an option, and one hashed n-gram embedding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AssistantBenchmark {
    private final OfflineAssistantModel offline = new OfflineAssistantModel();
    private final HashedNgramEmbeddingModel embeddings = new HashedNgramEmbeddingModel();
    private AssistantRequest question;
    private AssistantRequest namingAnOption;

    @Setup
    public void setUp() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        ScoringScheme scheme = catalog.current(catalog.defaultQuestionnaire()).orElseThrow();
        question = request(scheme, "What counts as a mature REST API?", "technical_infrastructure");
        namingAnOption = request(scheme, "We deploy with GitHub Actions on every merge.", "operations_monitoring");
    }

    private static AssistantRequest request(ScoringScheme scheme, String message, String step) {
        QuestionnaireDefinition definition = scheme.definition();
        Answers answers = WorkedExample.answers();
        Visibility visibility = Visibility.of(definition, answers);
        return new AssistantRequest("", "", List.of(), List.of(), message, definition,
                definition.step(StepId.of(step)).orElseThrow(), answers, WizardProgress.of(visibility),
                scheme.modelFor(visibility).score(visibility));
    }

    private static AssistantListener into(Blackhole sink) {
        return new AssistantListener() {
            @Override
            public void token(String text) {
                sink.consume(text);
            }

            @Override
            public void suggestion(SuggestedAnswer suggestion) {
                sink.consume(suggestion);
            }
        };
    }

    @Benchmark
    public AssistantReply replyToAQuestion(Blackhole sink) {
        return offline.reply(question, into(sink));
    }

    @Benchmark
    public AssistantReply replyNamingAnOption(Blackhole sink) {
        return offline.reply(namingAnOption, into(sink));
    }

    @Benchmark
    public Embedding embedAMessage() {
        return embeddings.embed("Our cloud is all on AWS, with Kubernetes and a managed database.");
    }
}
