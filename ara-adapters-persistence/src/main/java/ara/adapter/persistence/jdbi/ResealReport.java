package ara.adapter.persistence.jdbi;

import java.util.List;
import java.util.Objects;

/** The outcome of one reseal pass over every sealed column ({@link JdbiPersonalDataResealer}). */
public record ResealReport(String currentKeyId, boolean dryRun, List<ResealedColumn> columns) {
    public ResealReport {
        Objects.requireNonNull(currentKeyId, "currentKeyId");
        columns = List.copyOf(columns);
    }

    /** Whether every sealed value is under the current key now (a dry run changes nothing, so it says "already"). */
    public boolean complete() {
        return columns.stream().allMatch(column -> column.remaining() == 0);
    }
}
