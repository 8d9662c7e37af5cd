package ara.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still at {@link #START} until a test moves it on. Thread-safe. */
final class TestClock extends Clock {
    static final Instant START = Instant.parse("2026-11-26T10:15:30Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    /** Moves the time on by {@code step}. */
    void advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock runs in UTC");
    }
}
