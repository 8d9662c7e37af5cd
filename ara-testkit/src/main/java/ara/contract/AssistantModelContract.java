package ara.contract;

import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.ChatTurn;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.chat.ChatRole;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The behaviour every {@link AssistantModel} shares: a reply streams as text pieces, reports its source and usage,
 * proposes the option a message names (with the contract questionnaire's industry synonyms), proposes nothing for a
 * plain question, and concurrent replies do not mix. Subclasses provide the adapter.
 */
public abstract class AssistantModelContract {

    protected abstract AssistantModel model();

    /** A request about the contract questionnaire's profile step, with a little history. */
    protected static AssistantRequest request(String message) {
        ScoringScheme scheme = ContractQuestionnaire.scheme();
        QuestionnaireDefinition definition = scheme.definition();
        Answers answers = Answers.none().with(ContractQuestionnaire.AUTOMATION, new AnswerValue.Number(4));
        Visibility visibility = Visibility.of(definition, answers);
        return new AssistantRequest("You help with the contract questionnaire.", "",
                List.of(new ChatTurn(ChatRole.USER, "Hello"), new ChatTurn(ChatRole.ASSISTANT, "Hello, how can I help?")),
                List.of(), message, definition, definition.steps().getFirst(), answers,
                WizardProgress.of(visibility), scheme.modelFor(visibility).score(visibility));
    }

    /** Records what a reply streamed (one reply, one thread). */
    public static final class Recorder implements AssistantListener {
        public final List<String> tokens = new ArrayList<>();
        public final List<SuggestedAnswer> suggestions = new ArrayList<>();

        @Override
        public void token(String text) {
            tokens.add(text);
        }

        @Override
        public void suggestion(SuggestedAnswer suggestion) {
            suggestions.add(suggestion);
        }

        public String text() {
            return String.join("", tokens);
        }
    }

    @Test
    void streamsANonEmptyReplyAndReportsItsSourceAndUsage() {
        Recorder recorder = new Recorder();

        AssistantReply reply = model().reply(request("What does the profile step ask about?"), recorder);

        assertThat(recorder.tokens).isNotEmpty().allSatisfy(token -> assertThat(token).isNotEmpty());
        assertThat(recorder.text()).isNotBlank();
        assertThat(reply.source()).isEqualTo(model().source());
        assertThat(reply.promptTokens()).isPositive();
        assertThat(reply.completionTokens()).isPositive();
    }

    @Test
    void proposesTheOptionAMessageNames() {
        Recorder recorder = new Recorder();

        model().reply(request("We are a bank: banking is all we do."), recorder);

        assertThat(recorder.suggestions).extracting(SuggestedAnswer::questionId, SuggestedAnswer::value)
                .contains(tuple(ContractQuestionnaire.INDUSTRY,
                        new AnswerValue.Choice("finance")));
    }

    @Test
    void proposesNothingForAPlainQuestion() {
        Recorder recorder = new Recorder();

        model().reply(request("How is the score calculated?"), recorder);

        assertThat(recorder.suggestions).isEmpty();
        assertThat(recorder.text()).isNotBlank();
    }

    @Test
    void concurrentRepliesDoNotMix() throws Exception {
        List<String> words = List.of("banking", "hospital", "shop");
        List<String> options = List.of("finance", "healthcare", "retail");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Recorder>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String word = words.get(i % 3);
                Callable<Recorder> call = () -> {
                    Recorder recorder = new Recorder();
                    model().reply(request("Our business: " + word + "."), recorder);
                    return recorder;
                };
                replies.add(pool.submit(call));
            }
            for (int i = 0; i < replies.size(); i++) {
                Recorder recorder = replies.get(i).get();
                assertThat(recorder.suggestions).as("reply %d", i).extracting(SuggestedAnswer::value)
                        .containsExactly(new AnswerValue.Choice(options.get(i % 3)));
                assertThat(recorder.text()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
