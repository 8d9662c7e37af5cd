package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat routes over the real services and a scripted assistant ({@link ScriptedAssistant}): the event stream's
 * framing, the JSON alternative, history, chips.
 */
class ChatApiTest {
    private final Api api = new Api();

    @AfterEach
    void stop() {
        api.close();
    }

    private String chat(String audit) {
        return "/api/v1/audits/" + audit + "/chat/messages";
    }

    /** The events of a stream body as "event data" pairs. */
    private static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("event: ");
            assertThat(lines[1]).startsWith("data: ");
            events.add(new String[] {lines[0].substring(7), lines[1].substring(6)});
        }
        return events;
    }

    @Test
    void streamsTokensASuggestionAndDone() throws Exception {
        String audit = api.startAudit();

        Api.Reply reply = api.json("POST", chat(audit), "{\"message\": \"We work in healthcare\"}",
                "Accept", "text/event-stream");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/event-stream");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        List<String[]> events = events(reply.body());
        assertThat(events).extracting(e -> e[0]).containsExactly("token", "token", "suggestion", "done");
        assertThat(Api.JSON.readTree(events.get(0)[1]).get("text").asText()).isEqualTo("Hello");
        JsonNode suggestion = Api.JSON.readTree(events.get(2)[1]);
        assertThat(suggestion.get("questionId").asText()).isEqualTo("industry");
        assertThat(suggestion.get("value").asText()).isEqualTo("healthcare");
        JsonNode done = Api.JSON.readTree(events.get(3)[1]);
        assertThat(OpenApiContract.DOCUMENT.validate("ChatStreamDone", events.get(3)[1])).isEmpty();
        assertThat(OpenApiContract.DOCUMENT.validate("ChatSuggestion", events.get(2)[1])).isEmpty();
        assertThat(done.get("source").asText()).isEqualTo("offline");
        assertThat(done.at("/usage/promptTokens").asInt()).isEqualTo(10);
    }

    @Test
    void answersWholeAsJsonWithoutAnEventStreamAccept() {
        String audit = api.startAudit();

        Api.Reply reply = api.json("POST", chat(audit), "{\"message\": \"healthcare?\", \"stepId\": \"company\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("content").asText()).isEqualTo("Hello there");
        assertThat(reply.json().at("/suggestions/0/value").asText()).isEqualTo("healthcare");
    }

    @Test
    void rejectsAnEmptyOrLongMessageAndUnknownFieldsAndSteps() {
        String audit = api.startAudit();

        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"message\": \"  \"}"), 422)))
                .containsExactly("message invalid_length");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit),
                "{\"message\": \"" + "x".repeat(2_001) + "\"}"), 422))).containsExactly("message invalid_length");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"text\": \"hi\"}"), 422)))
                .contains("text unknown_field");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"message\": \"hi\", \"stepId\": \"nope\"}",
                "Accept", "text/event-stream"), 422))).containsExactly("stepId unknown_step");
    }

    @Test
    void takesMultiLineMessagesButNoControlOrBidiCharacters() {
        String audit = api.startAudit();

        assertThat(api.json("POST", chat(audit), "{\"message\": \"Two lines:\\nhealthcare\\tand more\"}").status())
                .isEqualTo(200);
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"message\": \"hi\\u0000\"}"), 422)))
                .containsExactly("message control_character");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"message\": \"hi\\u2067x\"}"), 422)))
                .containsExactly("message bidi_control");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit), "{\"message\": \"hi\\udbff\"}"), 422)))
                .containsExactly("message lone_surrogate");
        assertThat(Api.errors(Api.problem(api.json("POST", chat(audit),
                "{\"message\": \"hi\", \"stepId\": \"company\\n\"}"), 422)))
                .containsExactly("stepId control_character");
    }

    @Test
    void othersAndAnonymousCallersGetNoChat() {
        String audit = api.startAudit();

        Api.problem(api.asUser("mallory").json("POST", chat(audit), "{\"message\": \"hi\"}",
                "Accept", "text/event-stream"), 404);
        Api.problem(api.asUser("mallory").get(chat(audit)), 404);
        Api.problem(api.anonymous().get("/api/v1/audits/" + audit + "/chat/suggestions"), 401);
    }

    @Test
    void listsTheHistoryNewestFirstWithACursor() {
        String audit = api.startAudit();
        api.json("POST", chat(audit), "{\"message\": \"first\"}");
        api.backend.clock.advance(Duration.ofSeconds(1));
        api.json("POST", chat(audit), "{\"message\": \"second\"}");

        Api.Reply page = api.get(chat(audit) + "?limit=3");

        assertThat(page.json().get("messages")).extracting(m -> m.get("content").asText())
                .containsExactly("Hello there", "second", "Hello there");
        assertThat(page.json().get("more").asBoolean()).isTrue();
        Api.Reply next = api.get(chat(audit) + "?limit=3&before=" + page.json().get("nextBefore").asText());
        assertThat(next.json().get("messages")).extracting(m -> m.get("content").asText()).containsExactly("first");
        Api.problem(api.get(chat(audit) + "?before=yesterday"), 400);
        Api.problem(api.get(chat(audit) + "?limit=0"), 400);
    }

    @Test
    void offersThreePrompts() {
        String audit = api.startAudit();

        String step = "practice";
        Api.Reply reply = api.get("/api/v1/audits/" + audit + "/chat/suggestions?stepId=" + step);

        assertThat(reply.json().get("stepId").asText()).isEqualTo(step);
        assertThat(reply.json().get("prompts")).hasSize(3);
    }
}
