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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test client: posts a chat message with {@code Accept: text/event-stream} and reads the events as they come. */
final class ChatStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One server-sent event: its name and its JSON data. */
    record Event(String name, JsonNode data) {
    }

    /** The status, the content type and the events in order. */
    record Reply(int status, String contentType, List<Event> events) {
        List<Event> named(String name) {
            return events.stream().filter(e -> e.name().equals(name)).toList();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            named("token").forEach(e -> text.append(e.data().get("text").asText()));
            return text.toString();
        }

        JsonNode done() {
            List<Event> done = named("done");
            if (done.size() != 1) {
                throw new AssertionError("expected one done event: " + events);
            }
            return done.getFirst().data();
        }
    }

    private ChatStream() {
    }

    static Reply post(int port, String auditId, String credentialHeader, String credential, String bodyJson) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/audits/"
                        + auditId + "/chat/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .header(credentialHeader, credential)
                .POST(HttpRequest.BodyPublishers.ofString(bodyJson)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> response = client.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            List<Event> events = new ArrayList<>();
            String name = null;
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ") && name != null) {
                    events.add(new Event(name, JSON.readTree(line.substring(6))));
                    name = null;
                }
            }
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
