package ara.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/** Reads what went wrong from a JDBC failure, for MySQL, MariaDB and H2 alike. Stateless. */
final class SqlFailures {
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;
    /** H2's "database is already closed" (its SQLState is the error code). */
    private static final int H2_DATABASE_CLOSED = 90098;

    private SqlFailures() {
    }

    /** A unique or primary key was violated. */
    static boolean isDuplicateKey(Throwable failure) {
        return sqlCause(failure).filter(e -> "23505".equals(e.getSQLState())
                || "23000".equals(e.getSQLState()) && e.getErrorCode() == MYSQL_DUPLICATE_ENTRY).isPresent();
    }

    /** The transaction lost a deadlock or a lock wait: it was rolled back and may simply be run again. */
    static boolean isRetryable(Throwable failure) {
        return sqlCause(failure).filter(e -> state(e).startsWith("40") || "HYT00".equals(state(e))
                || e.getErrorCode() == MYSQL_DEADLOCK || e.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT).isPresent();
    }

    /**
     * The failure as this adapter reports it: {@link DatabaseUnavailable} for connection trouble (a closed pool or
     * database included), else a {@link DatabaseFailure}.
     */
    static RuntimeException translate(String request, Throwable failure) {
        Optional<SQLException> sql = sqlCause(failure);
        String reason = sql.map(e -> e.getMessage() + " (SQLState " + e.getSQLState() + ", error " + e.getErrorCode()
                + ")").orElseGet(failure::getMessage);
        boolean unavailable = sql.filter(e -> e instanceof SQLTransientConnectionException
                || state(e).startsWith("08") || e.getErrorCode() == H2_DATABASE_CLOSED).isPresent();
        String message = "could not " + request + ": " + reason;
        return unavailable ? new DatabaseUnavailable(message, failure) : new DatabaseFailure(message, failure);
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }
}
