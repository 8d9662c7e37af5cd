package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.config.LimitSettings;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant through the production wiring on the embedded defaults (offline assistant, H2 file database):
 * streamed replies, the suggestion flow into the normal answer PUT and the score, history and recall, prompt chips,
 * ownership, the per-audit chat limit and the chat counter by source.
 */
class AssistantEndToEndTest {
    @TempDir
    Path dataDir;
    private Application application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private int start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET));
        env.putAll(extra);
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        return application.port();
    }

    /** A guest audit: its id and guest token. */
    private static String[] guestAudit(HttpSession anonymous) {
        JsonNode started = anonymous.post("/api/v1/audits", "{\"organizationName\": \"Acme\"}").body();
        return new String[] {started.get("id").asText(), started.get("guestToken").asText()};
    }

    @Test
    void aMessageNamingAnOptionYieldsASuggestionThePutAcceptsAndTheScoreMoves() {
        int port = start(Map.of());
        HttpSession anonymous = new HttpSession(port);
        String[] audit = guestAudit(anonymous);
        HttpSession guest = anonymous.guest(audit[1]);
        double before = guest.get("/api/v1/audits/" + audit[0]).body().at("/score/total/score").asDouble();

        ChatStream.Reply reply = ChatStream.post(port, audit[0], "X-Guest-Token", audit[1],
                "{\"message\": \"We deploy with GitHub Actions on every merge.\", \"stepId\": \"operations_monitoring\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        assertThat(reply.events().getFirst().name()).isEqualTo("token");
        assertThat(reply.text()).startsWith("Offline assistant").contains("GitHub Actions")
                .contains("Operations");
        assertThat(reply.named("suggestion")).hasSize(1);
        JsonNode suggestion = reply.named("suggestion").getFirst().data();
        assertThat(suggestion.get("questionId").asText()).isEqualTo("deployment_automation");
        assertThat(suggestion.get("value").asText()).isEqualTo("ci_cd_basic");
        assertThat(reply.done().get("source").asText()).isEqualTo("offline");
        assertThat(reply.events().getLast().name()).isEqualTo("done");

        HttpSession.Reply accepted = guest.put("/api/v1/audits/" + audit[0] + "/answers/"
                + suggestion.get("questionId").asText(), "{\"value\": " + suggestion.get("value") + "}", null);
        assertThat(accepted.status()).isEqualTo(200);
        double after = guest.get("/api/v1/audits/" + audit[0]).body().at("/score/total/score").asDouble();
        assertThat(after).isGreaterThan(before);

        JsonNode history = guest.get("/api/v1/audits/" + audit[0] + "/chat/messages").body();
        assertThat(history.get("messages")).hasSize(2);
        assertThat(history.at("/messages/0/role").asText()).isEqualTo("assistant");
        assertThat(history.at("/messages/0/suggestions/0/value").asText()).isEqualTo("ci_cd_basic");
        assertThat(history.at("/messages/1/content").asText()).isEqualTo("We deploy with GitHub Actions on every merge.");
        assertThat(metrics(port)).contains("ara_chat_messages_total{source=\"offline\"} 1")
                .contains("ara_chat_messages_total{source=\"llm\"} 0");
    }

    private static String metrics(int port) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersAsJsonRecallsEarlierMessagesAndOffersPrompts() {
        int port = start(Map.of());
        HttpSession anonymous = new HttpSession(port);
        String[] audit = guestAudit(anonymous);
        HttpSession guest = anonymous.guest(audit[1]).header("Accept", "application/json");
        String chat = "/api/v1/audits/" + audit[0] + "/chat/messages";

        guest.post(chat, "{\"message\": \"Our cloud is all on AWS with Kubernetes.\"}");
        guest.post(chat, "{\"message\": \"How is my score calculated?\"}");
        HttpSession.Reply recall = guest.post(chat, "{\"message\": \"What did I say about our cloud?\"}");

        assertThat(recall.status()).isEqualTo(200);
        assertThat(recall.body().get("source").asText()).isEqualTo("offline");
        assertThat(recall.body().get("content").asText()).contains("Our cloud is all on AWS with Kubernetes.");
        JsonNode prompts = guest.get("/api/v1/audits/" + audit[0] + "/chat/suggestions?stepId=organization_overview")
                .body();
        assertThat(prompts.get("stepId").asText()).isEqualTo("organization_overview");
        assertThat(prompts.get("prompts")).hasSize(3);
        assertThat(guest.get("/api/v1/audits/" + audit[0] + "/chat/suggestions?stepId=nope").status())
                .isEqualTo(422);
    }

    @Test
    void onlyTheOwnerChats() {
        int port = start(Map.of());
        HttpSession anonymous = new HttpSession(port);
        String[] mine = guestAudit(anonymous);
        String[] theirs = guestAudit(anonymous);
        String chat = "/api/v1/audits/" + mine[0] + "/chat/messages";

        ChatStream.Reply stolen = ChatStream.post(port, mine[0], "X-Guest-Token", theirs[1], "{\"message\": \"hi\"}");
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(stolen.events()).isEmpty();
        assertThat(anonymous.guest(theirs[1]).get(chat).status()).isEqualTo(404);
        assertThat(anonymous.guest(theirs[1]).get("/api/v1/audits/" + mine[0] + "/chat/suggestions").status())
                .isEqualTo(404);
        assertThat(anonymous.get(chat).status()).isEqualTo(401);
        assertThat(anonymous.guest(mine[1]).get(chat).body().get("messages")).isEmpty();
    }

    @Test
    void theChatLimitRefusesTheMessageAfterTheConfiguredCount() {
        int port = start(Map.of(LimitSettings.variable(Scope.CHAT_PER_AUDIT), "3/1m"));
        HttpSession anonymous = new HttpSession(port);
        String[] audit = guestAudit(anonymous);
        HttpSession guest = anonymous.guest(audit[1]);
        String chat = "/api/v1/audits/" + audit[0] + "/chat/messages";

        for (int i = 1; i <= 3; i++) {
            assertThat(guest.post(chat, "{\"message\": \"question " + i + "\"}").status()).as("message %d", i)
                    .isEqualTo(200);
        }
        HttpSession.Reply refused = guest.post(chat, "{\"message\": \"one more\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("chat_per_audit");
        assertThat(guest.get(chat).status()).as("reading the history is not a chat message").isEqualTo(200);
        String[] other = guestAudit(anonymous);
        assertThat(anonymous.guest(other[1]).post("/api/v1/audits/" + other[0] + "/chat/messages",
                "{\"message\": \"hi\"}").status()).as("the limit is per audit").isEqualTo(200);
    }
}
