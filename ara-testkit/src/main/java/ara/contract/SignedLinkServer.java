package ara.contract;

import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.LinkRefused;
import ara.application.port.out.storage.SignedLinks.UploadOutcome;
import ara.application.port.out.storage.StoredContent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for ARA's web route of {@link SignedLinks}: a JDK {@code HttpServer} on 127.0.0.1 that serves
 * {@code GET} and {@code PUT} under {@link SignedLinks#PATH} through the port, with the status mapping the port
 * suggests, so the storage contract can use the local adapter's links over real HTTP. Start it first (its URL goes
 * into the adapter's settings), then {@link #serve} the adapter. Thread-safe.
 */
public final class SignedLinkServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile SignedLinks links;

    private SignedLinkServer(HttpServer server) {
        this.server = server;
    }

    /** A server on a free port of 127.0.0.1, answering 503 until {@link #serve} is called. */
    public static SignedLinkServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SignedLinkServer linkServer = new SignedLinkServer(server);
            server.createContext(SignedLinks.PATH, linkServer::handle);
            server.setExecutor(linkServer.executor);
            server.start();
            return linkServer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the signed-link server", e);
        }
    }

    /** ARA's public URL as this server plays it: {@code http://127.0.0.1:<port>}. */
    public URI publicUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves the links of {@code signedLinks} from now on. */
    public void serve(SignedLinks signedLinks) {
        this.links = signedLinks;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SignedLinks current = links;
            if (current == null) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String key = exchange.getRequestURI().getRawPath().substring(SignedLinks.PATH.length());
            Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
            switch (exchange.getRequestMethod()) {
                case "GET" -> download(exchange, current.download(key, parameters));
                case "PUT" -> upload(exchange, current.upload(key, parameters,
                        exchange.getRequestHeaders().getFirst("Content-Type"), contentLength(exchange),
                        exchange.getRequestBody()));
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private static void download(HttpExchange exchange, DownloadOutcome outcome) throws IOException {
        switch (outcome) {
            case DownloadOutcome.Found found -> {
                StoredContent content = found.content();
                exchange.getResponseHeaders().set("Content-Type", content.contentType().value());
                found.saveAs().ifPresent(attachment -> exchange.getResponseHeaders().set("Content-Disposition",
                        attachment.contentDisposition()));
                byte[] bytes = content.content();
                exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            case DownloadOutcome.Missing missing -> exchange.sendResponseHeaders(404, -1);
            case LinkRefused refused -> refuse(exchange, refused);
        }
    }

    private static void upload(HttpExchange exchange, UploadOutcome outcome) throws IOException {
        switch (outcome) {
            case UploadOutcome.Stored stored -> exchange.sendResponseHeaders(200, -1);
            case LinkRefused refused -> refuse(exchange, refused);
        }
    }

    private static void refuse(HttpExchange exchange, LinkRefused refused) throws IOException {
        drain(exchange.getRequestBody());
        exchange.sendResponseHeaders(refused.reason() == LinkRefusal.MALFORMED ? 400 : 403, -1);
    }

    private static void drain(InputStream body) throws IOException {
        body.transferTo(OutputStream.nullOutputStream());
    }

    private static long contentLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }
}
