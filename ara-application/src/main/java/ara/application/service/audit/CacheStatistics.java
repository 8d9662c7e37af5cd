package ara.application.service.audit;

import java.util.Locale;

/**
 * How often a cache answered a lookup (hits) and how often the store behind it had to (misses), counted since the
 * cache was built. Immutable.
 */
public record CacheStatistics(long hits, long misses) {
    public CacheStatistics {
        if (hits < 0 || misses < 0) {
            throw new IllegalArgumentException("hits and misses must be >= 0, got " + hits + " and " + misses);
        }
    }

    /** All lookups. */
    public long lookups() {
        return hits + misses;
    }

    /** Hits per lookup, 0 to 1; 0 before the first lookup. */
    public double hitRate() {
        return lookups() == 0 ? 0 : (double) hits / lookups();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d lookups, %d hits, %d misses, hit rate %.1f %%", lookups(),
                hits, misses, hitRate() * 100);
    }
}
