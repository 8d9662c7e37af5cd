package ara.application.port.in.audit;

import ara.domain.identity.Caller;

import java.util.Objects;

/**
 * Query: one page of the caller's audits.
 *
 * @param caller a signed-in user sees their audits, a guest the audit of their token, anonymous callers nothing
 * @param page  0-based page number
 * @param size  page size, 1 to {@value #MAX_SIZE}
 */
public record ListAuditsQuery(Caller caller, int page, int size) {
    public static final int MAX_SIZE = 100;

    public ListAuditsQuery {
        Objects.requireNonNull(caller, "caller");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE + ", got " + size);
        }
    }
}
