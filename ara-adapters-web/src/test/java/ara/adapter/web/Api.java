package ara.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server on a random port over the real services ({@link TestBackend}), and a real HTTP client to talk to it
 * as one caller:
 * by default the signed-in user {@value #DEFAULT_USER}; {@link #as} gives a client for another caller on the same
 * server.
 */
final class Api implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The subject every test acts as unless it picks another caller. */
    static final String DEFAULT_USER = "alice";

    /** The services behind the server, and the stores behind them. */
    final TestBackend backend;
    final WebServer server;
    private final HttpClient client;
    private final List<String> identity;
    private final boolean ownsServer;

    Api() {
        this(testSettings());
    }

    Api(WebSettings settings) {
        this(new TestBackend(), OperationsRoutes.unmonitored(), settings);
    }

    /** A server with these operations (health, metrics, telemetry). */
    Api(WebOperations operations) {
        this(new TestBackend(), operations, testSettings());
    }

    /** A server over this backend (another guest policy, no edge worker, …). */
    Api(TestBackend backend) {
        this(backend, OperationsRoutes.unmonitored(), testSettings());
    }

    private Api(TestBackend backend, WebOperations operations, WebSettings settings) {
        this.backend = backend;
        server = new WebServer(backend.useCases(), backend.shown, operations, Optional.of(backend.admin()),
                settings).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        identity = List.of("Authorization", "Bearer user:" + DEFAULT_USER);
        ownsServer = true;
    }

    private Api(Api base, List<String> identity) {
        backend = base.backend;
        server = base.server;
        client = base.client;
        this.identity = List.copyOf(identity);
        ownsServer = false;
    }

    /** The same server, as the caller these credential headers (name, value …) make; none: anonymous. */
    Api as(String... identityHeaders) {
        return new Api(this, List.of(identityHeaders));
    }

    /** The same server, as a signed-in user ({@code user:<subject>} or {@code user:<subject>:admin}). */
    Api asUser(String subject) {
        return as("Authorization", "Bearer user:" + subject);
    }

    /** The same server, as the holder of a guest token. */
    Api asGuest(String guestToken) {
        return as("X-Guest-Token", guestToken);
    }

    /** The same server, without credentials. */
    Api anonymous() {
        return as();
    }

    static WebSettings testSettings() {
        return WebSettings.defaults().withHost("127.0.0.1").withPort(0).withStopTimeout(Duration.ofSeconds(5));
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Sends {@code json} as an application/json body. */
    Reply json(String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, path, json, all);
    }

    /**
     * Sends a request with the given headers (name, value, name, value …) and body (may be null), plus this
     * client's credential headers unless the given headers name them.
     */
    Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        List<String> given = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            given.add(headers[i].toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < identity.size(); i += 2) {
            if (!given.contains(identity.get(i).toLowerCase(Locale.ROOT))) {
                request.header(identity.get(i), identity.get(i + 1));
            }
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), firstValues(response), response.body());
            OpenApiContract.DOCUMENT.check(method, path, reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> firstValues(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.getFirst()));
        return headers;
    }

    /** Starts an audit and returns its id. */
    String startAudit() {
        Reply reply = json("POST", "/api/v1/audits", "{\"organizationName\": \"Acme\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("could not start an audit: " + reply);
        }
        return reply.json().get("id").asText();
    }

    /** Starts an audit, answers every required question and submits it: a scored audit's id. */
    String scoredAudit() {
        String id = startAudit();
        answerAllRequired(id);
        Reply submitted = send("POST", "/api/v1/audits/" + id + "/submit", null);
        if (submitted.status() != 200) {
            throw new IllegalStateException("could not submit: " + submitted);
        }
        return id;
    }

    /** Answers every required question of the test questionnaire (company_size medium makes step "extra" visible). */
    void answerAllRequired(String auditId) {
        Reply reply = json("PATCH", "/api/v1/audits/" + auditId + "/answers", """
                {"answers": {"company_size": "medium", "industry": "healthcare", "ai_usage": 2, "has_policy": false,
                             "controls": ["soc2"]}}""");
        if (reply.status() != 200) {
            throw new IllegalStateException("could not answer: " + reply);
        }
    }

    /**
     * Checks that a reply is a problem detail with this status, and answers its body.
     */
    static JsonNode problem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type"))
                .startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).startsWith("urn:ara:problem:");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("instance").asText()).matches("/(api|r2)/.*");
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "ara.domain.");
        return body;
    }

    /** The "field rule" pairs of a problem's errors. */
    static List<String> errors(JsonNode problem) {
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.get("field").asText() + " " + e.get("rule").asText()));
        return errors;
    }

    /** Stops the server, when this client started it (clients made by {@link #as} share it). */
    @Override
    public void close() {
        if (ownsServer) {
            server.stop();
        }
    }

    /** A response: status, headers (lower-case names, first value) and body. */
    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
