package ara.bootstrap.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket, for requests java.net.http refuses to send: a request target taken byte for
 * byte (malformed percent-escapes, invalid UTF-8), any header name and value, repeated headers, any body bytes. Keeps
 * one connection alive while the server does. Not thread-safe: one per thread.
 */
final class RawHttp implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;
    private Socket socket;
    private InputStream in;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request exactly as it goes on the wire: {@code target} is the raw request target (path and query). */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        /** Compact, for a failure message: the method, target, headers and (up to 300 characters of) the body. */
        String describe() {
            StringBuilder text = new StringBuilder(method).append(' ').append(target);
            headers.forEach(h -> text.append("\n  ").append(h.getKey()).append(": ").append(abbreviate(h.getValue())));
            if (body != null) {
                text.append("\n  body (").append(body.length).append(" bytes): ")
                        .append(abbreviate(new String(body, StandardCharsets.UTF_8)));
            }
            return text.toString();
        }

        private static String abbreviate(String value) {
            String escaped = value.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                    ? String.format("\\u%04x", c) : Character.toString(c)).reduce("", String::concat);
            return escaped.length() <= 300 ? escaped : escaped.substring(0, 300) + "…(" + escaped.length() + ")";
        }
    }

    /**
     * A response: status (0: none), headers (names lower-cased, first value kept), the body bytes (de-chunked), and
     * whether the body arrived whole (false: the connection was reset while it was read).
     */
    record Response(int status, Map<String, String> headers, byte[] body, boolean complete) {
        static Response none() {
            return new Response(0, Map.of(), new byte[0], false);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the request and reads the answer. A connection the server closes before any answer is retried once on a
     * fresh one (a kept-alive connection may have been closed in between); then the answer has status 0. A connection
     * reset after the status line gives the status with the body read so far, marked incomplete.
     */
    Response send(Request request) {
        byte[] wire = wire(request);
        boolean reused = socket != null;
        try {
            return exchange(wire, request.method());
        } catch (IOException e) {
            close();
            if (!reused) {
                return Response.none();
            }
        }
        try {
            return exchange(wire, request.method());
        } catch (IOException e) {
            close();
            return Response.none();
        }
    }

    private Response exchange(byte[] wire, String method) throws IOException {
        if (socket == null) {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream());
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(wire);
            out.flush();
        } catch (IOException refusedMidway) {
            // The server may answer (413, 431, …) and close before taking the whole request: read that answer.
        }
        Response response = read(method);
        // After HEAD, a new connection: Jetty's own errors send a body even to HEAD, which would be read as the next
        // response.
        if ("close".equalsIgnoreCase(response.header("connection")) || method.equals("HEAD")) {
            close();
        }
        return response;
    }

    private static byte[] wire(Request request) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        request.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        if (request.body() != null) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Header text goes out as UTF-8 bytes: non-ASCII values are part of what is fuzzed.
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (request.body() != null) {
            bytes.writeBytes(request.body());
        }
        return bytes.toByteArray();
    }

    private Response read(String method) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the connection closed before a response");
        }
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IllegalStateException("not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
                return new Response(status, headers, new byte[0], true);
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                chunked(body);
            } else if (headers.containsKey("content-length")) {
                body.writeBytes(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else {
                body.writeBytes(in.readAllBytes());
                headers.put("connection", "close");
            }
            return new Response(status, headers, body.toByteArray(), true);
        } catch (IOException reset) {
            headers.put("connection", "close");
            return new Response(status, headers, body.toByteArray(), false);
        }
    }

    private void chunked(ByteArrayOutputStream body) throws IOException {
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("the connection closed inside a chunked body");
            }
            int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // Trailers are not used here.
                }
                return;
            }
            body.writeBytes(in.readNBytes(length));
            line();
        }
    }

    /** One CRLF-terminated line (ISO-8859-1), or {@code null} at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            bytes.write(b);
        }
        if (b == -1 && bytes.size() == 0) {
            return null;
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Nothing to do: the connection is gone either way.
            }
            socket = null;
            in = null;
        }
    }
}
