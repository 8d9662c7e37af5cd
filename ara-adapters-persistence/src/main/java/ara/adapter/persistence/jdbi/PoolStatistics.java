package ara.adapter.persistence.jdbi;

/**
 * A moment's view of the connection pool. Immutable.
 *
 * @param active  connections lent out to a request
 * @param idle    connections ready in the pool
 * @param pending requests waiting for a connection
 * @param maximum the most connections the pool opens
 */
public record PoolStatistics(int active, int idle, int pending, int maximum) {
}
