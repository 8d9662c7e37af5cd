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
 * body slower than the minimum rate and a stalled body are answered 408 as problems, and the connection is closed.
 * The server runs with shorter bounds than ARA's fixed ones so that the test takes seconds, not minutes.
 */
class ReadBoundsTest {
    private static final ReadBounds SHORT = new ReadBounds(Duration.ofSeconds(2), Duration.ofMillis(800));
    private static final long TRICKLE_PAUSE_MILLIS = 250;
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = new WebServer(new TestBackend().useCases(), OperationsRoutes.unmonitored(), Optional.empty(),
                Api.testSettings(), SHORT).start();
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
