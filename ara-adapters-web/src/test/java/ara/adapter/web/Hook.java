package ara.adapter.web;

import java.util.function.Consumer;

/**
 * What the stores do before each call a service makes on them, named {@code <store>.<port method>} (e.g.
 * {@code audits.create}): nothing unless a test sets it, e.g. to throw (the store fails) or to block (the store is
 * slow). Thread-safe.
 */
final class Hook {
    private volatile Consumer<String> action = call -> { };

    /** Runs {@code action} before every port call from now on; {@link #clear} undoes it. */
    void set(Consumer<String> action) {
        this.action = action;
    }

    void clear() {
        set(call -> { });
    }

    void before(String call) {
        action.accept(call);
    }
}
