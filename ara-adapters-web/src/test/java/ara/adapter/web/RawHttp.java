package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/1.1 over a plain socket, bytes written by hand: for requests no HTTP client would send (malformed request
 * lines, escapes, framing) and for answers the server gives before routing.
 */
final class RawHttp {
    /** CR LF CR LF. */
    private static final int END_OF_HEAD = 0x0D0A0D0A;
    private RawHttp() {
    }

    /** A response as read off the wire: status, headers (first value, lower-case names) and body. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        /** Checks this is a problem of {@code status} with the security headers and a request id. */
        JsonNode problem(int expected) {
            assertThat(status).as(toString()).isEqualTo(expected);
            assertThat(header("Content-Type")).as(toString()).startsWith("application/problem+json");
            assertThat(header("X-Request-Id")).as(toString()).isNotBlank();
            assertThat(header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(header("Content-Security-Policy")).startsWith("default-src");
            assertThat(header("Cache-Control")).isEqualTo("no-store");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(expected);
            assertThat(problem.get("type").asText()).startsWith("urn:ara:problem:");
            assertThat(problem.get("detail").asText()).isNotBlank();
            assertThat(problem.get("requestId").asText()).isEqualTo(header("X-Request-Id"));
            return problem;
        }
    }

    /** Sends {@code request} (ISO-8859-1 bytes) on a new connection and reads the whole answer until close. */
    static Response exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Response exchange(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: the head, then a body by Content-Length, or to the end of the stream. */
    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return new Response(-1, Map.of(), "");
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        String length = headers.get("content-length");
        byte[] body;
        try {
            body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        } catch (SocketTimeoutException e) {
            body = new byte[0];
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
