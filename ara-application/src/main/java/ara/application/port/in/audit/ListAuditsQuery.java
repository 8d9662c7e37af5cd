package ara.application.port.in.audit;

import ara.domain.audit.OwnerId;

/**
 * Query: one page of the caller's audits.
 *
 * @param owner the caller, or {@code null} for an anonymous caller (who owns nothing)
 * @param page  0-based page number
 * @param size  page size, 1 to {@value #MAX_SIZE}
 */
public record ListAuditsQuery(OwnerId owner, int page, int size) {
    public static final int MAX_SIZE = 100;

    public ListAuditsQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE + ", got " + size);
        }
    }
}
