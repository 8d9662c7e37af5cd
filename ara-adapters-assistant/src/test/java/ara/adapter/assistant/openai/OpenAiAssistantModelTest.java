package ara.adapter.assistant.openai;

import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.contract.AssistantModelContract;
import ara.contract.ContractQuestionnaire;
import ara.contract.FakeLlmServer;
import ara.contract.FakeLlmServer.Behaviour;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.SuggestedAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAI-compatible adapter against the contract, talking to a fake server that speaks the real streaming
 * protocol; and its failure handling: errors mid-stream, hangs, 500s, retries and the circuit breaker.
 */
class OpenAiAssistantModelTest extends AssistantModelContract {
    /** Generous, so that a busy machine does not fail the replies that should succeed. */
    private static final Duration STALL = Duration.ofSeconds(10);
    /** For the hang tests, which must fail: short, so that they fail soon. */
    private static final Duration SHORT_STALL = Duration.ofMillis(500);
    private static final Duration OPEN_FOR = Duration.ofSeconds(3);

    private final FakeLlmServer server = new FakeLlmServer(FakeLlmServer.industries());
    private final OpenAiAssistantModel model = new OpenAiAssistantModel(new OpenAiSettings(server.baseUrl(),
            FakeLlmServer.MODEL, FakeLlmServer.KEY, "", Duration.ofSeconds(2), STALL, Duration.ofSeconds(20), 1, 3,
            OPEN_FOR));
    private final OpenAiAssistantModel impatient = new OpenAiAssistantModel(new OpenAiSettings(server.baseUrl(),
            FakeLlmServer.MODEL, FakeLlmServer.KEY, "", Duration.ofSeconds(2), SHORT_STALL, Duration.ofSeconds(20), 1,
            3, OPEN_FOR));

    @AfterEach
    void stop() {
        model.close();
        impatient.close();
        server.close();
    }

    @Override
    protected AssistantModel model() {
        return model;
    }

    @Test
    void sendsAStreamedRequestWithTheContextTheHistoryAndTheTool() {
        Recorder recorder = new Recorder();

        var reply = model.reply(request("Which option fits?"), recorder);

        JsonNode body = server.lastBody();
        assertThat(server.lastAuthorization()).isEqualTo("Bearer " + FakeLlmServer.KEY);
        assertThat(body.path("model").asText()).isEqualTo(FakeLlmServer.MODEL);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("messages").findValuesAsText("role"))
                .containsExactly("system", "user", "assistant", "user");
        assertThat(body.at("/messages/0/content").asText()).startsWith("You help with the contract questionnaire.");
        assertThat(body.at("/messages/3/content").asText()).isEqualTo("Which option fits?");
        assertThat(body.at("/tools/0/function/name").asText()).isEqualTo("suggest_answer");
        assertThat(body.at("/tools/0/function/parameters/properties/questionId/enum").toString())
                .contains("\"industry\"", "\"data-sources\"");
        assertThat(recorder.text()).isEqualTo("Fake model reply about: Which option fits?");
        assertThat(reply.promptTokens()).isEqualTo(123);
    }

    @Test
    void assemblesToolCallsStreamedInPiecesAndDropsUnknownQuestions() {
        Recorder recorder = new Recorder();

        model.reply(request("banking, and a mystery"), recorder);

        assertThat(recorder.suggestions).containsExactly(new SuggestedAnswer(ContractQuestionnaire.INDUSTRY,
                new AnswerValue.Choice("finance"), "You said so."));
    }

    @Test
    void anErrorMidStreamEndsInUnavailableAfterTheFirstTokens() {
        server.behave(Behaviour.ERROR_MID_STREAM);
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> model.reply(request("Hello there"), recorder))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("mid-stream");
        assertThat(recorder.tokens).hasSize(2);
    }

    @Test
    void aStreamCutShortIsAFailure() {
        server.behave(Behaviour.CUT_SHORT);

        assertThatThrownBy(() -> model.reply(request("Hello there"), new Recorder()))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("ended before");
    }

    @Test
    void aStreamThatHangsIsGivenUp() {
        server.behave(Behaviour.HANG_MID_STREAM);

        assertThatThrownBy(() -> impatient.reply(request("Hello there"), new Recorder()))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("stalled");
    }

    @Test
    void aServerThatSendsNoHeadersTimesOut() {
        server.behave(Behaviour.HANG_BEFORE_HEADERS);

        assertThatThrownBy(() -> impatient.reply(request("Hello there"), new Recorder()))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("no response");
    }

    @Test
    void aServerErrorIsRetriedOnceThenUnavailable() {
        server.behave(Behaviour.FAIL_500);

        assertThatThrownBy(() -> model.reply(request("Hello there"), new Recorder()))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("500");
        assertThat(server.chatRequests()).isEqualTo(2);
    }

    @Test
    void theBreakerOpensAfterConsecutiveFailuresAndClosesWhenTheServerRecovers() throws InterruptedException {
        server.behave(Behaviour.FAIL_500);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> model.reply(request("Hello"), new Recorder()))
                    .isInstanceOf(AssistantUnavailable.class);
        }
        int asked = server.chatRequests();

        assertThatThrownBy(() -> model.reply(request("Hello"), new Recorder()))
                .isInstanceOf(AssistantUnavailable.class).hasMessageContaining("circuit breaker open");
        assertThat(server.chatRequests()).as("an open breaker does not call").isEqualTo(asked);
        assertThat(model.available()).isFalse();

        server.behave(Behaviour.ANSWER);
        Instant deadline = Instant.now().plusSeconds(30);
        boolean answered = false;
        while (!answered && Instant.now().isBefore(deadline)) {
            try {
                model.reply(request("Hello"), new Recorder());
                answered = true;
            } catch (AssistantUnavailable stillOpen) {
                Thread.sleep(50);
            }
        }
        assertThat(answered).isTrue();
        assertThat(model.available()).isTrue();
    }

    @Test
    void theKeyIsNeverShown() {
        assertThat(new OpenAiSettings(server.baseUrl(), "m", "sk-secret-value", "", Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1, Duration.ofSeconds(1)).toString())
                .doesNotContain("sk-secret-value").contains("key set");
    }
}
