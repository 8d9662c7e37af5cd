package ara.adapter.assistant.openai;

import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.io.IOException;
import java.io.Serial;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Assistant adapter: an OpenAI-compatible chat completions API (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp
 * server) over {@code java.net.http}, streamed as server-sent events, with the {@code suggest_answer} tool. A
 * request that fails before anything streamed (refused, 429, 5xx) is retried a bounded number of times; a reply
 * that fails, hangs between lines or runs past its deadline counts against a circuit breaker, and while the breaker
 * is open replies fail at once (the caller falls back to the offline assistant). Nothing of the conversation is
 * logged. Thread-safe.
 */
public final class OpenAiAssistantModel implements AssistantModel, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OpenAiAssistantModel.class.getName());
    private static final Object END = new Object();
    private static final String DONE = "[DONE]";
    private static final Duration RETRY_WAIT = Duration.ofMillis(200);

    private final OpenAiSettings settings;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final CircuitBreaker breaker;
    private final Retry retry;

    public OpenAiAssistantModel(OpenAiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindow(settings.failuresToOpen(), settings.failuresToOpen(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .writableStackTraceEnabled(false)
                .build());
        this.retry = Retry.of("llm", RetryConfig.custom()
                .maxAttempts(settings.retries() + 1)
                .waitDuration(RETRY_WAIT)
                .retryOnException(Retryable.class::isInstance)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.log(System.Logger.Level.WARNING,
                "Language model circuit breaker: {0}", event.getStateTransition()));
    }

    @Override
    public ChatSource source() {
        return ChatSource.LLM;
    }

    /** Whether replies are currently attempted (the circuit breaker is not open). */
    public boolean available() {
        return breaker.getState() != CircuitBreaker.State.OPEN && breaker.getState() != CircuitBreaker.State.FORCED_OPEN;
    }

    @Override
    public AssistantReply reply(AssistantRequest request, AssistantListener listener) {
        if (!breaker.tryAcquirePermission()) {
            throw new AssistantUnavailable("the language model is considered down (circuit breaker open)");
        }
        long started = System.nanoTime();
        try {
            AssistantReply reply = stream(request, listener, started);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return reply;
        } catch (AssistantUnavailable e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            LOG.log(System.Logger.Level.WARNING, "Language model reply failed: {0}", e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            throw new AssistantUnavailable("the language model's reply could not be read: " + e.getClass().getName(),
                    e);
        }
    }

    private AssistantReply stream(AssistantRequest request, AssistantListener listener, long started) {
        byte[] body = ChatCompletionBody.of(json, settings.model(), request);
        HttpResponse<Stream<String>> response;
        try {
            response = Retry.decorateSupplier(retry, () -> open(body)).get();
        } catch (Retryable e) {
            throw new AssistantUnavailable(e.getMessage(), e);
        }
        BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().name("llm-stream").start(() -> {
            try (Stream<String> stream = response.body()) {
                stream.forEach(lines::add);
                lines.add(END);
            } catch (RuntimeException e) {
                lines.add(e);
            }
        });
        try {
            return read(request, listener, lines, started);
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    private AssistantReply read(AssistantRequest request, AssistantListener listener, BlockingQueue<Object> lines,
                                long started) {
        long deadline = started + settings.replyTimeout().toNanos();
        ServerSentEvents events = new ServerSentEvents();
        Chunks chunks = new Chunks(listener);
        while (!chunks.done) {
            long wait = Math.min(settings.firstByteTimeout().toNanos(), deadline - System.nanoTime());
            if (wait <= 0) {
                throw new AssistantUnavailable("the reply took longer than " + settings.replyTimeout());
            }
            Object item = poll(lines, wait);
            if (item == null) {
                throw new AssistantUnavailable("the stream stalled for " + settings.firstByteTimeout());
            }
            if (item instanceof RuntimeException e) {
                throw new AssistantUnavailable("the stream broke: " + e.getClass().getName(), e);
            }
            if (item == END) {
                events.end().ifPresent(chunks::data);
                break;
            }
            events.line((String) item).ifPresent(chunks::data);
        }
        if (!chunks.done && !chunks.finished) {
            throw new AssistantUnavailable("the stream ended before the reply was complete");
        }
        for (SuggestedAnswer suggestion : chunks.tools.suggestions(json, request.definition())) {
            listener.suggestion(suggestion);
        }
        int prompt = chunks.promptTokens >= 0 ? chunks.promptTokens : (request.systemPrompt().length()
                + request.message().length()) / 4;
        int completion = chunks.completionTokens >= 0 ? chunks.completionTokens : chunks.characters / 4;
        return new AssistantReply(ChatSource.LLM, prompt, completion);
    }

    private static Object poll(BlockingQueue<Object> lines, long nanos) {
        try {
            return lines.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssistantUnavailable("interrupted while waiting for the language model", e);
        }
    }

    private HttpResponse<Stream<String>> open(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint("chat/completions"))
                .timeout(settings.firstByteTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<Stream<String>> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (HttpTimeoutException e) {
            throw new AssistantUnavailable("no response within " + settings.firstByteTimeout(), e);
        } catch (IOException e) {
            throw new Retryable("the language model is unreachable: " + e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssistantUnavailable("interrupted while calling the language model", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response;
        }
        response.body().close();
        if (status == 429 || status >= 500) {
            throw new Retryable("the language model answered " + status);
        }
        throw new AssistantUnavailable("the language model answered " + status);
    }

    @Override
    public void close() {
        client.close();
    }

    /** The state of one streamed reply: what has been seen so far. */
    private final class Chunks {
        private final AssistantListener listener;
        private final ToolCalls tools = new ToolCalls();
        private boolean done;
        private boolean finished;
        private int promptTokens = -1;
        private int completionTokens = -1;
        private int characters;

        Chunks(AssistantListener listener) {
            this.listener = listener;
        }

        void data(String data) {
            if (DONE.equals(data.strip())) {
                done = true;
                return;
            }
            JsonNode chunk;
            try {
                chunk = json.readTree(data);
            } catch (JacksonException e) {
                throw new AssistantUnavailable("the stream carried a chunk that is not JSON", e);
            }
            if (chunk.has("error")) {
                throw new AssistantUnavailable("the language model reported an error mid-stream: "
                        + chunk.path("error").path("type").asText("unknown"));
            }
            JsonNode usage = chunk.path("usage");
            if (usage.isObject()) {
                promptTokens = usage.path("prompt_tokens").asInt(promptTokens);
                completionTokens = usage.path("completion_tokens").asInt(completionTokens);
            }
            for (JsonNode choice : chunk.path("choices")) {
                JsonNode delta = choice.path("delta");
                String content = delta.path("content").textValue();
                if (content != null && !content.isEmpty()) {
                    characters += content.length();
                    listener.token(content);
                }
                delta.path("tool_calls").forEach(tools::delta);
                if (choice.hasNonNull("finish_reason")) {
                    finished = true;
                }
            }
        }
    }

    /** A failure before anything was streamed that another attempt may not meet. */
    private static final class Retryable extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Retryable(String message) {
            super(message, null, false, false);
        }
    }
}
