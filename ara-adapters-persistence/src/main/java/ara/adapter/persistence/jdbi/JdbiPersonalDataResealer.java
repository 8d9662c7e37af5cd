package ara.adapter.persistence.jdbi;

import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.atrest.seal.SealedValueUnreadable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Persistence adapter: after a data-key rotation, rewrites every sealed value (and the keyed hash next to it) that is
 * not under the ring's current key so that it is, which lets the retired key be dropped afterwards
 * ({@code bin/ara reseal}). Walks each sealed column by primary key in bounded batches (keyset pagination, one
 * transaction per batch) and touches only rows under another key. Every update is guarded by the envelope it read
 * ({@code WHERE id = ? AND col = <old envelope>}): sealing draws a fresh nonce, so any write by a running instance
 * changes the envelope and the row is skipped, never overwritten. A value the ring cannot open is counted, never
 * changed or deleted. No other column is written ({@code updated_at} stays, so retention is not pushed back).
 *
 * <p>Thread-safe, but run one pass at a time: two passes do no harm (the guard), they only skip each other's rows.
 */
public final class JdbiPersonalDataResealer {
    /** Rows read and rewritten per transaction unless told otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** The largest batch accepted: a batch's rows stay locked until its transaction commits. */
    public static final int MAX_BATCH_SIZE = 10_000;

    /**
     * Every sealed column of the schema (V2: audits, users; V4: chat_messages; V10: the webhook endpoints' secrets),
     * emails with their hash column.
     */
    private static final List<SealedColumn> COLUMNS = List.of(
            new SealedColumn("audits", "guest_email_sealed", "guest_email_hash"),
            new SealedColumn("users", "email_sealed", "email_hash"),
            new SealedColumn("chat_messages", "content_sealed", null),
            new SealedColumn("chat_messages", "suggestions_sealed", null),
            new SealedColumn("webhook_endpoints", "secret_sealed", null),
            new SealedColumn("webhook_endpoints", "previous_secret_sealed", null));

    private final Jdbi jdbi;
    private final String currentKeyId;
    private final String prefix;
    private final PersonalDataCipher cipher;
    private final SealedEmails emails;
    private final Consumer<String> beforeUpdates;

    /** A resealer over this database, sealing under the ring's current key and opening with any of its keys. */
    public JdbiPersonalDataResealer(Database database, DataKeyRing keys) {
        this(database, keys, column -> { });
    }

    /**
     * @param beforeUpdates given {@code table.column}, runs after a batch of it is read and before it is written
     *                      (tests make it a concurrent write)
     */
    JdbiPersonalDataResealer(Database database, DataKeyRing keys, Consumer<String> beforeUpdates) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        Objects.requireNonNull(keys, "keys");
        this.currentKeyId = keys.current().id();
        this.prefix = PersonalDataCipher.envelopePrefix(currentKeyId);
        this.cipher = new PersonalDataCipher(keys);
        this.emails = new SealedEmails(cipher, new KeyedHash(keys));
        this.beforeUpdates = Objects.requireNonNull(beforeUpdates, "beforeUpdates");
    }

    /**
     * One pass over every sealed column.
     *
     * @param dryRun    count what would be resealed and change nothing
     * @param batchSize rows per batch, 1 to {@value #MAX_BATCH_SIZE}
     * @throws DatabaseUnavailable when the database cannot be reached
     * @throws DatabaseFailure     when a statement fails
     */
    public ResealReport reseal(boolean dryRun, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be within 1.." + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        List<ResealedColumn> columns = new ArrayList<>();
        for (SealedColumn column : COLUMNS) {
            try {
                columns.add(reseal(column, dryRun, batchSize));
            } catch (JdbiException e) {
                throw SqlFailures.translate("reseal " + column.name(), e);
            }
        }
        return new ResealReport(currentKeyId, dryRun, columns);
    }

    private ResealedColumn reseal(SealedColumn column, boolean dryRun, int batchSize) {
        long current = jdbi.withHandle(handle -> count(handle, column, "="));
        Tally tally = new Tally();
        String after = "";
        List<Row> batch;
        do {
            String from = after;
            batch = jdbi.withHandle(handle -> handle.createQuery("SELECT id, " + column.column() + " AS sealed FROM "
                            + column.table() + " WHERE " + column.column() + " IS NOT NULL AND LEFT("
                            + column.column() + ", :length) <> :prefix AND id > :after ORDER BY id LIMIT :limit")
                    .bind("length", prefix.length())
                    .bind("prefix", prefix)
                    .bind("after", from)
                    .bind("limit", batchSize)
                    .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("sealed")))
                    .list());
            if (batch.isEmpty()) {
                break;
            }
            after = batch.getLast().id();
            List<Change> changes = changes(column, batch, tally);
            if (dryRun) {
                tally.resealed += changes.size();
            } else if (!changes.isEmpty()) {
                beforeUpdates.accept(column.name());
                jdbi.useTransaction(handle -> update(handle, column, changes, tally));
            }
        } while (batch.size() == batchSize);
        long remaining = jdbi.withHandle(handle -> count(handle, column, "<>"));
        return new ResealedColumn(column.table(), column.column(), tally.resealed, current, tally.skipped,
                tally.unreadable, remaining, tally.missingKeys);
    }

    /** The new envelope (and hash) of every row that opens; the others are counted as unreadable. */
    private List<Change> changes(SealedColumn column, List<Row> rows, Tally tally) {
        List<Change> changes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                String plaintext = cipher.open(row.sealed());
                changes.add(new Change(row, cipher.seal(plaintext),
                        column.hashColumn() == null ? null : emails.hash(plaintext)));
            } catch (SealedValueUnreadable e) {
                tally.unreadable++;
                if (e.reason() == SealedValueUnreadable.Reason.UNKNOWN_KEY) {
                    tally.missingKeys.merge(e.keyId().orElseThrow(), 1L, Long::sum);
                }
            }
        }
        return changes;
    }

    private static void update(Handle handle, SealedColumn column, List<Change> changes, Tally tally) {
        String sql = "UPDATE " + column.table() + " SET " + column.column() + " = :sealed"
                + (column.hashColumn() == null ? "" : ", " + column.hashColumn() + " = :hash")
                + " WHERE id = :id AND " + column.column() + " = :old";
        for (Change change : changes) {
            Update statement = handle.createUpdate(sql)
                    .bind("sealed", change.sealed())
                    .bind("id", change.row().id())
                    .bind("old", change.row().sealed());
            if (column.hashColumn() != null) {
                statement.bind("hash", change.hash());
            }
            int rows = statement.execute();
            if (rows == 1) {
                tally.resealed++;
            } else {
                tally.skipped++;
            }
        }
    }

    /** Values of the column that are ({@code "="}) or are not ({@code "<>"}) under the current key. */
    private long count(Handle handle, SealedColumn column, String comparison) {
        return handle.createQuery("SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.column()
                        + " IS NOT NULL AND LEFT(" + column.column() + ", :length) " + comparison + " :prefix")
                .bind("length", prefix.length())
                .bind("prefix", prefix)
                .mapTo(Long.class)
                .one();
    }

    /** A sealed column of a table keyed by {@code id}, and the keyed-hash column written with it, if any. */
    private record SealedColumn(String table, String column, String hashColumn) {
        String name() {
            return table + '.' + column;
        }
    }

    private record Row(String id, String sealed) {
    }

    private record Change(Row row, String sealed, String hash) {
    }

    /** The counts of one column's pass; confined to the thread running it. */
    private static final class Tally {
        private long resealed;
        private long skipped;
        private long unreadable;
        private final Map<String, Long> missingKeys = new TreeMap<>();
    }
}
