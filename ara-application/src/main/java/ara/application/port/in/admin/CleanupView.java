package ara.application.port.in.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a clean-up deleted, or would delete in a dry run.
 *
 * @param job     the clean-up's name ({@code guest-cleanup}, {@code audit-log-cleanup})
 * @param dryRun  whether nothing was deleted
 * @param ranAt   the instant the retention rules were applied at
 * @param count   how many items were (or would be) deleted
 * @param objects how many stored objects (report documents, uploads) went (or would go) with them
 * @param ids     the deleted items' ids where they have ones worth listing (guest audits), else empty
 * @param more    whether more items are expired than one run handles (the next run continues)
 */
public record CleanupView(String job, boolean dryRun, Instant ranAt, long count, long objects, List<String> ids,
                          boolean more) {
    public CleanupView {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(ranAt, "ranAt");
        ids = List.copyOf(ids);
    }
}
