package ara.adapter.identity.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Test fixture: serves a JWKS document (public keys only) over real HTTP on 127.0.0.1, and counts the fetches. */
final class JwksServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> document = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger fetches = new AtomicInteger();

    JwksServer(JWK... keys) throws IOException {
        serve(keys);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/jwks.json", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    /** From now on, serve these keys (a key rotation). */
    void serve(JWK... keys) {
        document.set(new JWKSet(List.of(keys)).toPublicJWKSet().toString());
        status.set(200);
    }

    /** From now on, answer with this HTTP status and a body that is not a JWKS. */
    void fail(int httpStatus) {
        status.set(httpStatus);
    }

    int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        fetches.incrementAndGet();
        int code = status.get();
        byte[] body = (code == 200 ? document.get() : "<html>oops</html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", code == 200 ? "application/json" : "text/html");
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
