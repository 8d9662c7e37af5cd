package ara.adapter.persistence.jdbi;

import java.util.Map;
import java.util.Objects;

/**
 * What a reseal pass did to one sealed column: values resealed under the current key (or, in a dry run, that would
 * be), values found already under it, values skipped because a running instance changed the row meanwhile, values
 * that cannot be opened (with the count per key id the ring lacks), and values still under another key when the
 * pass ended.
 *
 * @param missingKeys unreadable values sealed under a key id the ring does not hold, by that id
 */
public record ResealedColumn(String table, String column, long resealed, long current, long skipped,
                             long unreadable, long remaining, Map<String, Long> missingKeys) {
    public ResealedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        missingKeys = Map.copyOf(missingKeys);
    }

    /** {@code table.column}. */
    public String name() {
        return table + '.' + column;
    }
}
