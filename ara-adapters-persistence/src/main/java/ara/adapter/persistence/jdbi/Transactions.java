package ara.adapter.persistence.jdbi;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The two ways the queue-like tables (report jobs, outbox events) are reached: a locking {@code READ COMMITTED}
 * transaction run again after a lost deadlock or lock wait, and a plain read; failures translated by
 * {@link SqlFailures}. Stateless.
 */
final class Transactions {
    /** How often a locking transaction runs at most. */
    static final int ATTEMPTS = 3;

    private Transactions() {
    }

    /** One locking transaction, run again (up to {@value #ATTEMPTS} times in all) after a lost deadlock or lock wait. */
    static <R> R write(Jdbi jdbi, String request, HandleCallback<R, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
            } catch (JdbiException e) {
                if (attempt < ATTEMPTS && SqlFailures.isRetryable(e)) {
                    continue;
                }
                throw SqlFailures.translate(request, e);
            }
        }
    }

    /** Reads on one handle, without a transaction of their own. */
    static <R> R read(Jdbi jdbi, String request, HandleCallback<R, RuntimeException> reads) {
        try {
            return jdbi.withHandle(reads);
        } catch (JdbiException e) {
            throw SqlFailures.translate(request, e);
        }
    }
}
