package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.FakeLlmServer;
import ara.contract.FakeLlmServer.Behaviour;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARA configured with a language model (a fake that speaks the OpenAI streaming protocol): the model's replies and
 * suggestions reach the user validated; when it fails, hangs or its breaker is open the offline assistant answers
 * instead (never a 5xx), and once the model recovers the breaker closes again.
 */
class AssistantFallbackEndToEndTest {
    @TempDir
    Path dataDir;
    private final FakeLlmServer llm = new FakeLlmServer(FakeLlmServer.industries());
    private Application application;
    private int port;
    private String[] audit;

    @BeforeEach
    void start() {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_DB_URL", "memory"));
        env.putAll(Map.of("ARA_LLM_BASE_URL", llm.baseUrl().toString(), "ARA_LLM_MODEL", FakeLlmServer.MODEL,
                "ARA_LLM_API_KEY", FakeLlmServer.KEY, "ARA_LLM_STALL_TIMEOUT_MS", "2000",
                "ARA_LLM_BREAKER_FAILURES", "2", "ARA_LLM_BREAKER_OPEN_MS", "5000", "ARA_LLM_RETRIES", "0"));
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        port = application.port();
        JsonNode started = new HttpSession(port).post("/api/v1/audits", "{}").body();
        audit = new String[] {started.get("id").asText(), started.get("guestToken").asText()};
    }

    @AfterEach
    void stop() {
        application.close();
        llm.close();
    }

    private ChatStream.Reply ask(String message) {
        return ChatStream.post(port, audit[0], "X-Guest-Token", audit[1], "{\"message\": \"" + message + "\"}");
    }

    @Test
    void theModelAnswersAndOnlyValidSuggestionsReachTheUser() {
        ChatStream.Reply reply = ask("We do banking. Or crypto. A mystery.");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).startsWith("Fake model reply about: We do banking.");
        assertThat(reply.done().get("source").asText()).isEqualTo("llm");
        assertThat(reply.done().at("/usage/promptTokens").asInt()).isEqualTo(123);
        assertThat(reply.named("suggestion")).extracting(e -> e.data().get("questionId").asText() + "="
                + e.data().get("value").asText()).containsExactly("industry=finance");
        assertThat(llm.lastBody().at("/messages/0/content").asText()).contains("Current step:")
                .contains("company_size");
    }

    @Test
    void aFailingModelFallsBackToTheOfflineAssistantAndTheBreakerOpensAndClosesAgain() throws Exception {
        llm.behave(Behaviour.FAIL_500);
        for (int i = 0; i < 2; i++) {
            ChatStream.Reply reply = ask("What counts as a mature REST API?");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.done().get("source").asText()).isEqualTo("offline");
            assertThat(reply.text()).startsWith("Offline assistant");
        }
        int asked = llm.chatRequests();

        ChatStream.Reply whileOpen = ask("And now?");
        assertThat(whileOpen.done().get("source").asText()).isEqualTo("offline");
        assertThat(llm.chatRequests()).as("the open breaker keeps requests away from the model").isEqualTo(asked);

        llm.behave(Behaviour.ANSWER);
        Instant deadline = Instant.now().plusSeconds(30);
        String source = "offline";
        while (!source.equals("llm") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            source = ask("Are you back?").done().get("source").asText();
        }
        assertThat(source).isEqualTo("llm");
    }

    @Test
    void aModelThatHangsMidStreamIsReplacedByTheOfflineAnswer() {
        llm.behave(Behaviour.HANG_MID_STREAM);

        ChatStream.Reply reply = ask("We deploy with Jenkins.");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.done().get("source").asText()).isEqualTo("offline");
        assertThat(reply.text()).startsWith("Fake model reply").contains("Offline assistant");
        assertThat(reply.named("suggestion")).extracting(e -> e.data().get("value").asText())
                .containsExactly("ci_cd_basic");
    }
}
