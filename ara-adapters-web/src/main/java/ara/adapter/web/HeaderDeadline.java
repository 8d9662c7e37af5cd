package ara.adapter.web;

import ara.adapter.web.http.SecurityHeaders;
import ara.adapter.web.problem.ProblemWriter;
import ara.adapter.web.request.RequestIds;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time a request's line and header section may take to arrive. Jetty bounds only the silence between two
 * bytes (the idle timeout), so a client sending one header byte every few seconds could hold a connection for hours;
 * Jetty has no header deadline of its own. This watches every connection (a {@link Connection.Listener} on the
 * connector) and every request (as a handler): once a byte of a new request has arrived on a connection that is not
 * handling one, its header section must be complete (the handler entered) within the bound, else the connection is
 * answered 408 (a problem with the security headers and a request id) and closed. A connection that sends nothing
 * between requests is left to the idle timeout. Checked by one sweep thread, every {@code bound / 4} (at most a
 * second); thread-safe.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final long boundNanos;
    private final long sweepMillis;
    private final Duration bound;
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    HeaderDeadline(Duration bound) {
        this.boundNanos = Objects.requireNonNull(bound, "bound").toNanos();
        this.sweepMillis = Math.max(10, Math.min(1000, bound.toMillis() / 4));
        this.bound = bound;
    }

    @Override
    protected void doStart() throws Exception {
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ara-header-deadline");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        sweeper.shutdownNow();
    }

    @Override
    public void onOpened(Connection connection) {
        watched.put(connection, new Watch(connection.getBytesIn()));
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        Watch watch = watched.get(connection);
        if (watch == null) {
            return super.handle(request, response, callback);
        }
        watch.begin();
        Callback ending = Callback.from(callback, () -> watch.end(connection.getBytesIn()));
        try {
            if (super.handle(request, response, ending)) {
                return true;
            }
        } catch (Exception | Error e) {
            watch.end(connection.getBytesIn());
            throw e;
        }
        watch.end(connection.getBytesIn());
        return false;
    }

    private void sweep() {
        long now = System.nanoTime();
        watched.forEach((connection, watch) -> {
            if (watch.overdue(connection.getBytesIn(), now, boundNanos)) {
                watched.remove(connection);
                refuse(connection.getEndPoint());
            }
        });
    }

    private void refuse(EndPoint endPoint) {
        LOG.debug("closing {}: its request header section took longer than the bound", endPoint);
        try {
            endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()),
                    ByteBuffer.wrap(timeoutResponse(bound)));
        } catch (RuntimeException e) {
            // A write already pending (the connection is answering after all): closing is the bound that remains.
            endPoint.close();
        }
    }

    private static byte[] timeoutResponse(Duration bound) {
        String requestId = RequestIds.accept(null);
        byte[] body = ProblemWriter.body(408, "the request's header section did not arrive within "
                + bound.toSeconds() + " seconds", "/", requestId);
        StringBuilder head = new StringBuilder("HTTP/1.1 408 Request Timeout\r\n");
        SecurityHeaders.ALL.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Cache-Control: ").append(SecurityHeaders.CACHE_CONTROL).append("\r\n")
                .append(RequestIds.HEADER).append(": ").append(requestId).append("\r\n")
                .append("Content-Type: ").append(ProblemWriter.PROBLEM_JSON).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** One connection's state: requests in hand, bytes received when the last ended, when a new one started. */
    private static final class Watch {
        private int active;
        private long bytesAtRest;
        private long partialSince = -1;

        Watch(long bytesIn) {
            this.bytesAtRest = Math.max(0, bytesIn);
        }

        synchronized void begin() {
            active++;
            partialSince = -1;
        }

        synchronized void end(long bytesIn) {
            active = Math.max(0, active - 1);
            bytesAtRest = bytesIn;
            partialSince = -1;
        }

        synchronized boolean overdue(long bytesIn, long now, long boundNanos) {
            if (active > 0 || bytesIn <= bytesAtRest) {
                return false;
            }
            if (partialSince < 0) {
                partialSince = now;
                return false;
            }
            return now - partialSince > boundNanos;
        }
    }
}
