package ara.adapter.web;

import ara.adapter.web.http.ReadLimits;
import ara.adapter.web.problem.BodyDeadlineExceeded;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the total time a request body may take to arrive. Jetty bounds only the silence between two bytes (the idle
 * timeout), so a body trickled a byte just inside it could hold a connection for days; Jetty's minimum data rate is
 * not used because it counts from the header section and refused small bodies that came a packet late
 * (docs/adr/0018). For a request with a body (a declared length or chunked), the deadline starts when the handler is
 * entered (the header section is complete) and ends when the body's last chunk is read; it is
 * {@code perUnit} for each started {@link ReadLimits#BODY_DEADLINE_UNIT_BYTES} of the declared length (a chunked body
 * counts as the largest accepted), so every body the server accepts is allowed the same average rate. A body still
 * incomplete then fails its reader with {@link BodyDeadlineExceeded}, which the exception mapping answers 408. The
 * timer is cancelled when the body is complete or the request ends. Stateless (per-request state lives in the
 * request's wrapper); thread-safe.
 */
final class BodyDeadline extends Handler.Wrapper {
    private final Duration perUnit;
    private final long largestBody;

    /**
     * @param perUnit     the deadline for each started 64 KiB of body
     * @param largestBody the largest body accepted, the size a body of undeclared length is given the deadline of
     */
    BodyDeadline(Duration perUnit, long largestBody) {
        this.perUnit = Objects.requireNonNull(perUnit, "perUnit");
        if (perUnit.isNegative() || perUnit.isZero()) {
            throw new IllegalArgumentException("perUnit must be positive, got " + perUnit);
        }
        if (largestBody < 1) {
            throw new IllegalArgumentException("largestBody must be >= 1, got " + largestBody);
        }
        this.largestBody = largestBody;
    }

    /** The deadline of a body of {@code declaredLength} bytes ({@code -1}: not declared). */
    Duration deadline(long declaredLength) {
        long size = declaredLength < 0 ? largestBody : Math.min(declaredLength, largestBody);
        long units = Math.max(1, (size + ReadLimits.BODY_DEADLINE_UNIT_BYTES - 1) / ReadLimits.BODY_DEADLINE_UNIT_BYTES);
        return perUnit.multipliedBy(units);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean hasBody = length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!hasBody) {
            return super.handle(request, response, callback);
        }
        Watched watched = new Watched(request, deadline(length));
        Scheduler scheduler = request.getComponents().getScheduler();
        watched.timer(scheduler.schedule(watched::expire, watched.deadline.toNanos(), TimeUnit.NANOSECONDS));
        Callback ending = Callback.from(callback, watched::complete);
        try {
            if (super.handle(watched, response, ending)) {
                return true;
            }
        } catch (Exception | Error e) {
            watched.complete();
            throw e;
        }
        watched.complete();
        return false;
    }

    /**
     * One request whose body is timed: complete once its last chunk (the end, or a fatal failure) is read or the
     * request ended. A transient failure (Jetty's idle timeout) leaves the timer running.
     */
    private static final class Watched extends Request.Wrapper {
        private final Duration deadline;
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile Scheduler.Task timer;

        Watched(Request request, Duration deadline) {
            super(request);
            this.deadline = deadline;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null && chunk.isLast()) {
                complete();
            }
            return chunk;
        }

        void timer(Scheduler.Task task) {
            timer = task;
            if (settled.get()) {
                task.cancel();
            }
        }

        void complete() {
            if (settled.compareAndSet(false, true)) {
                Scheduler.Task task = timer;
                if (task != null) {
                    task.cancel();
                }
            }
        }

        void expire() {
            if (settled.compareAndSet(false, true)) {
                // Fails the pending and every later read; the reader's exception becomes the 408 problem.
                getWrapped().fail(new BodyDeadlineExceeded(deadline));
            }
        }
    }
}
