package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow client cannot hold a connection without limit (docs/adr/0018): a header section trickled byte by byte, a
 * body trickled past its total deadline and a stalled body are answered 408 as problems, and the connection is
 * closed; a body that comes late but in time, and a request without a body, are served. The server runs with shorter
 * bounds than ARA's (idle 2 s, header 0.8 s, body 3 s) so that the test takes seconds, not minutes.
 */
class ReadBoundsTest {
    private static final ReadBounds SHORT = new ReadBounds(Duration.ofSeconds(2), Duration.ofMillis(800));
    /** Longer than the idle timeout, so that a stalled body is still the idle timeout's to answer. */
    private static final Duration BODY_DEADLINE = Duration.ofSeconds(3);
    private static final long TRICKLE_PAUSE_MILLIS = 250;
    private static final String CREATE = "POST /api/v1/audits HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/json\r\n";
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = new WebServer(new TestBackend().useCases(), OperationsRoutes.unmonitored(), Optional.empty(),
                Api.testSettings().withBodyReadTimeout(BODY_DEADLINE), SHORT).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Writes {@code head} at once, then {@code trickle} one byte per pause, while reading the answer. */
    private static RawHttp.Response trickled(String head, String trickle) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicBoolean done = new AtomicBoolean();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < trickle.length() && !done.get(); i++) {
                        Thread.sleep(TRICKLE_PAUSE_MILLIS);
                        out.write(trickle.charAt(i));
                        out.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // The server closed the connection: what the bound is for.
                }
            });
            InputStream in = socket.getInputStream();
            RawHttp.Response response = RawHttp.read(in);
            assertThat(in.read()).as("the connection is closed after the answer").isEqualTo(-1);
            done.set(true);
            writer.interrupt();
            return response;
        }
    }

    @Test
    void answersAHeaderSectionTrickledPastTheBoundWith408AndCloses() throws IOException {
        RawHttp.Response response = trickled("GET /api/live HTTP/1.1\r\nHost: x\r\n", "X-Slow: " + "s".repeat(200));

        JsonNode problem = response.problem(408);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:request-timeout");
    }

    @Test
    void answersAStalledBodyWith408AfterTheIdleTimeout() throws IOException {
        RawHttp.Response response = trickled("PUT /api/v1/audits/00000000-0000-4000-8000-000000000001/answers/q "
                + "HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"va", "");

        response.problem(408);
    }

    @Test
    void answersABodyTrickledPastItsDeadlineWith408AndCloses() throws IOException {
        // Never idle for as long as the idle timeout, but 16 s in all at this pace: only the body deadline stops it.
        String body = "{\"organizationName\": \"" + "a".repeat(40) + "\"}";
        long started = System.nanoTime();

        RawHttp.Response response = trickled(CREATE + "Content-Length: " + body.length() + "\r\n\r\n", body);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JsonNode problem = response.problem(408);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:request-timeout");
        assertThat(problem.get("detail").asText()).contains("did not arrive within 3 s");
        assertThat(took).isGreaterThanOrEqualTo(BODY_DEADLINE)
                .isLessThan(BODY_DEADLINE.plusSeconds(3))
                .isLessThan(Duration.ofMillis(TRICKLE_PAUSE_MILLIS * body.length()));
    }

    @Test
    void answersAChunkedBodyTrickledPastItsDeadlineWith408() throws IOException {
        String chunks = "5\r\n{\"org\r\n" + "1\r\na\r\n".repeat(20) + "0\r\n\r\n";

        RawHttp.Response response = trickled(CREATE + "Transfer-Encoding: chunked\r\n\r\n", chunks);

        assertThat(response.problem(408).get("detail").asText()).contains("did not arrive within");
    }

    @Test
    void servesABodyThatArrivesLateInOnePiece() throws IOException, InterruptedException {
        String body = "{\"organizationName\": \"Acme\"}";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((CREATE + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();

            // The header section first, the body well after it (a round trip behind on a slow link), within bounds.
            Thread.sleep(1_500);
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();

            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("organizationName").asText()).isEqualTo("Acme");
        }
    }

    @Test
    void servesRequestsWithoutABodyOnAConnectionOlderThanTheBodyDeadline() throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] emptyBody = (CREATE + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] get = "GET /api/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            long started = System.nanoTime();

            out.write(emptyBody);
            out.flush();
            assertThat(RawHttp.read(in).status()).isEqualTo(201);
            Thread.sleep(1_600);
            out.write(get);
            out.flush();
            assertThat(RawHttp.read(in).status()).isEqualTo(200);
            Thread.sleep(1_600);
            out.write(emptyBody);
            out.flush();

            assertThat(RawHttp.read(in).status()).isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(BODY_DEADLINE);
        }
    }

    @Test
    void keepsAnIdleKeepAliveConnectionForItsNextRequest() throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] request = "GET /api/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            out.write(request);
            out.flush();
            assertThat(RawHttp.read(in).status()).isEqualTo(200);

            // Longer than the header bound, shorter than the idle timeout: a quiet connection is not a slow request.
            Thread.sleep(SHORT.header().toMillis() * 2);
            out.write(request);
            out.flush();

            assertThat(RawHttp.read(in).status()).isEqualTo(200);
        }
    }
}
