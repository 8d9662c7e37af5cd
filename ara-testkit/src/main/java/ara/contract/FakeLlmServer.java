package ara.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test fixture: a fake of an OpenAI-compatible API on 127.0.0.1 that speaks the real streaming protocol: {@code POST
 * /v1/chat/completions} answers with server-sent events ({@code chat.completion.chunk} deltas, tool-call deltas
 * split across chunks, a usage chunk, {@code data: [DONE]}); {@code POST /v1/embeddings} answers a vector. Its
 * "model" knows a few words: a message containing one gets a {@code suggest_answer} call. It can be told to fail
 * (500), to break mid-stream with an error event, to hang mid-stream or before the headers, or to cut the stream
 * short. Thread-safe.
 */
public final class FakeLlmServer implements AutoCloseable {
    /** What the server does with the next requests. */
    public enum Behaviour { ANSWER, FAIL_500, ERROR_MID_STREAM, HANG_MID_STREAM, HANG_BEFORE_HEADERS, CUT_SHORT }

    /** A suggestion the fake model makes when a message contains a word: the question and the JSON value. */
    public record Knowledge(String questionId, String valueJson) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String KEY = "test-key-not-secret";
    public static final String MODEL = "fake-model";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Knowledge> knowledge;
    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.ANSWER);
    private final AtomicInteger chatRequests = new AtomicInteger();
    private final AtomicInteger embeddingRequests = new AtomicInteger();
    private final AtomicReference<JsonNode> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FakeLlmServer(Map<String, Knowledge> knowledge) {
        this.knowledge = Map.copyOf(knowledge);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/embeddings", this::embeddings);
        server.start();
    }

    /** What the contract questionnaire's industry synonyms stand for, as the fake model knows it. */
    public static Map<String, Knowledge> industries() {
        return Map.of("banking", new Knowledge("industry", "\"finance\""),
                "hospital", new Knowledge("industry", "\"healthcare\""),
                "shop", new Knowledge("industry", "\"retail\""),
                "crypto", new Knowledge("industry", "\"crypto\""),
                "mystery", new Knowledge("no-such-question", "\"x\""));
    }

    /** The API root to configure, e.g. {@code http://127.0.0.1:1234/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public void behave(Behaviour next) {
        behaviour.set(next);
    }

    public int chatRequests() {
        return chatRequests.get();
    }

    public int embeddingRequests() {
        return embeddingRequests.get();
    }

    /** The last chat request's JSON body. */
    public JsonNode lastBody() {
        return lastBody.get();
    }

    public String lastAuthorization() {
        return lastAuthorization.get();
    }

    private void chat(HttpExchange exchange) throws IOException {
        chatRequests.incrementAndGet();
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            lastBody.set(body);
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            Behaviour now = behaviour.get();
            if (now == Behaviour.HANG_BEFORE_HEADERS) {
                hang();
                return;
            }
            if (now == Behaviour.FAIL_500) {
                byte[] error = "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(500, error.length);
                exchange.getResponseBody().write(error);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody(), lastUserMessage(body), now);
        }
    }

    private void stream(OutputStream out, String message, Behaviour now) throws IOException {
        String reply = "Fake model reply about: " + message.substring(0, Math.min(40, message.length()));
        List<String> pieces = split(reply, 8);
        // Comments and a role-only first delta, as real servers send.
        write(out, ": keep-alive\n\n");
        event(out, chunk().set("choices", JSON.createArrayNode().add(JSON.createObjectNode()
                .set("delta", JSON.createObjectNode().put("role", "assistant")))));
        for (int i = 0; i < pieces.size(); i++) {
            event(out, content(pieces.get(i)));
            if (i == 1 && now == Behaviour.ERROR_MID_STREAM) {
                write(out, "data: {\"error\":{\"message\":\"model crashed\",\"type\":\"server_error\"}}\n\n");
                return;
            }
            if (i == 1 && now == Behaviour.HANG_MID_STREAM) {
                hang();
                return;
            }
            if (i == 1 && now == Behaviour.CUT_SHORT) {
                return;
            }
        }
        int index = 0;
        for (Map.Entry<String, Knowledge> known : knowledge.entrySet()) {
            if (message.toLowerCase(Locale.ROOT).contains(known.getKey())) {
                toolCall(out, index++, known.getValue());
            }
        }
        ObjectNode finish = chunk();
        finish.putArray("choices").addObject().put("index", 0).<ObjectNode>set("delta", JSON.createObjectNode())
                .put("finish_reason", index > 0 ? "tool_calls" : "stop");
        event(out, finish);
        ObjectNode usage = chunk();
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 123).put("completion_tokens", pieces.size())
                .put("total_tokens", 123 + pieces.size());
        event(out, usage);
        write(out, "data: [DONE]\n\n");
    }

    private void toolCall(OutputStream out, int index, Knowledge known) throws IOException {
        String arguments = "{\"questionId\":\"" + known.questionId() + "\",\"value\":" + known.valueJson()
                + ",\"rationale\":\"You said so.\"}";
        ObjectNode first = JSON.createObjectNode().put("index", index).put("id", "call_" + index)
                .put("type", "function");
        first.putObject("function").put("name", "suggest_answer").put("arguments", "");
        event(out, toolDelta(first));
        for (String piece : split(arguments, 11)) {
            ObjectNode more = JSON.createObjectNode().put("index", index);
            more.putObject("function").put("arguments", piece);
            event(out, toolDelta(more));
        }
    }

    private static ObjectNode toolDelta(ObjectNode call) {
        ObjectNode chunk = chunk();
        chunk.putArray("choices").addObject().put("index", 0).putObject("delta").putArray("tool_calls").add(call);
        return chunk;
    }

    private static ObjectNode content(String text) {
        ObjectNode chunk = chunk();
        chunk.putArray("choices").addObject().put("index", 0).putObject("delta").put("content", text);
        return chunk;
    }

    private static ObjectNode chunk() {
        return JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("model", MODEL);
    }

    private static void event(OutputStream out, JsonNode chunk) throws IOException {
        write(out, "data: " + JSON.writeValueAsString(chunk) + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> split(String text, int size) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            pieces.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return pieces;
    }

    private static String lastUserMessage(JsonNode body) {
        String last = "";
        for (JsonNode message : body.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                last = message.path("content").asText();
            }
        }
        return last;
    }

    private void embeddings(HttpExchange exchange) throws IOException {
        embeddingRequests.incrementAndGet();
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String input = body.path("input").asText();
            ObjectNode reply = JSON.createObjectNode().put("object", "list").put("model", body.path("model").asText());
            var vector = reply.putArray("data").addObject().put("object", "embedding").put("index", 0)
                    .putArray("embedding");
            for (int i = 0; i < 8; i++) {
                vector.add((input.hashCode() >> i & 1) == 0 ? 0.25 : -0.25);
            }
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void hang() {
        try {
            closing.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
