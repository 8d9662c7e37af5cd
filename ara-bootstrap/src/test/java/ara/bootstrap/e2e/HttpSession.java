package ara.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny HTTP client for the end-to-end tests: real requests to ARA on localhost, JSON bodies parsed. */
final class HttpSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final Map<String, String> headers;

    HttpSession(int port) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                URI.create("http://127.0.0.1:" + port), Map.of());
    }

    private HttpSession(HttpClient client, URI base, Map<String, String> headers) {
        this.client = client;
        this.base = base;
        this.headers = headers;
    }

    /** The same session, sending {@code Authorization: Bearer <token>}. */
    HttpSession bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    /** The same session, sending {@code X-Guest-Token}. */
    HttpSession guest(String token) {
        return with("X-Guest-Token", token);
    }

    /** The same session without credentials. */
    HttpSession anonymous() {
        return new HttpSession(client, base, Map.of());
    }

    /** The same session, sending one more header on every request. */
    HttpSession header(String name, String value) {
        return with(name, value);
    }

    private HttpSession with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpSession(client, base, Map.copyOf(more));
    }

    /** A response with its body parsed as JSON (a missing node when the body is empty). */
    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(withBody(path, json).method("POST", body(json)));
    }

    Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder request = withBody(path, json).PUT(body(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Reply patch(String path, String json) {
        return send(withBody(path, json).method("PATCH", body(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    private HttpRequest.Builder withBody(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private Reply send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
