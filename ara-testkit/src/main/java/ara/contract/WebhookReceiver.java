package ara.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real webhook receiver for tests: a JDK {@code HttpServer} on 127.0.0.1 that records every request it gets, with
 * the outcome of verifying its signature against the secrets it was given ({@link WebhookVerification}, written from
 * the specification, not ARA's signer), and answers with the replies queued by the test ({@link #reply}), then 204.
 * Replies can be slow (a timeout), a redirect, or a body far larger than a sender should read (it counts how much
 * of such a body it could write). Thread-safe. Reusable by end-to-end tests: point an endpoint at {@link #url()}
 * (with {@code ARA_WEBHOOK_ALLOW_PRIVATE=true}) and {@link #take} deliveries.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** What the receiver answers to one request. */
    public record Reply(int status, Duration delay, Optional<String> location, long bodyBytes) {
        public static Reply status(int status) {
            return new Reply(status, Duration.ZERO, Optional.empty(), 0);
        }

        /** Answers 204 only after {@code delay}. */
        public static Reply slow(Duration delay) {
            return new Reply(204, delay, Optional.empty(), 0);
        }

        /** A 307 to {@code location}. */
        public static Reply redirect(String location) {
            return new Reply(307, Duration.ZERO, Optional.of(location), 0);
        }

        /** A 200 with {@code bytes} of body. */
        public static Reply large(long bytes) {
            return new Reply(200, Duration.ZERO, Optional.empty(), bytes);
        }
    }

    /**
     * One request received.
     *
     * @param headers  the request's headers, names in lower case (first value each)
     * @param problem  why its signature did not verify with any of the receiver's secrets; empty when it did
     * @param verified the secrets (their position in {@link #verifyWith}) whose signature matched
     */
    public record Delivery(String method, String path, Map<String, String> headers, byte[] body,
                           Optional<String> problem, List<Integer> verified) {
        public String header(String name) {
            return headers.get(name);
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final AtomicLong largeBodyBytesWritten = new AtomicLong();
    private final AtomicLong cutBodies = new AtomicLong();
    private volatile List<String> secrets = List.of();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** A receiver on a free port of 127.0.0.1. */
    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the webhook receiver", e);
        }
    }

    /** {@code http://127.0.0.1:<port>/hooks}. */
    public URI url() {
        return url("/hooks");
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The {@code whsec_} secrets a message must be signed with (any one of them). */
    public WebhookReceiver verifyWith(String... whsecSecrets) {
        this.secrets = List.of(whsecSecrets);
        return this;
    }

    /** Queues replies for the next requests, in order. */
    public WebhookReceiver reply(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    /** The next delivery if one arrives within {@code timeout}; empty otherwise (to show that none came). */
    public Optional<Delivery> poll(Duration timeout) {
        try {
            return Optional.ofNullable(deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The next request received within {@code timeout}; fails if none came. */
    public Delivery take(Duration timeout) {
        try {
            Delivery delivery = deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (delivery == null) {
                throw new AssertionError("no webhook received within " + timeout);
            }
            return delivery;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The requests received and not yet taken. */
    public List<Delivery> pending() {
        return List.copyOf(deliveries);
    }

    /** How many bytes of large bodies were written before the sender stopped reading. */
    public long largeBodyBytesWritten() {
        return largeBodyBytesWritten.get();
    }

    /** How many large bodies the sender stopped reading before their end. */
    public long cutBodies() {
        return cutBodies.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
            deliveries.add(verified(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            answer(exchange, Optional.ofNullable(replies.poll()).orElse(Reply.status(204)));
        }
    }

    private Delivery verified(String method, String path, Map<String, String> headers, byte[] body) {
        List<String> keys = secrets;
        List<Integer> matched = new java.util.ArrayList<>();
        Optional<String> problem = Optional.of("the receiver has no secret");
        for (int i = 0; i < keys.size(); i++) {
            Optional<String> each = WebhookVerification.problem(keys.get(i), headers.get("webhook-id"),
                    headers.get("webhook-timestamp"), headers.get("webhook-signature"), body, Instant.now());
            if (each.isEmpty()) {
                matched.add(i);
                problem = Optional.empty();
            } else if (matched.isEmpty()) {
                problem = each;
            }
        }
        return new Delivery(method, path, Map.copyOf(headers), body, problem, List.copyOf(matched));
    }

    private void answer(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        reply.location().ifPresent(location -> exchange.getResponseHeaders().add("Location", location));
        if (reply.bodyBytes() == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), reply.bodyBytes());
        byte[] chunk = new byte[8192];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            long left = reply.bodyBytes();
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                largeBodyBytesWritten.addAndGet(n);
                left -= n;
            }
        } catch (IOException e) {
            // The sender stopped reading and dropped the connection: what the test expects of it.
            cutBodies.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
