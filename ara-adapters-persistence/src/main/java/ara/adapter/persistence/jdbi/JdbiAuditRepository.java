package ara.adapter.persistence.jdbi;

import ara.adapter.persistence.jdbi.AuditTables.AuditRow;
import ara.application.port.out.audit.AuditChanges;
import ara.application.port.out.audit.AuditRepository;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.event.AuditEvents;
import ara.domain.identity.GuestTokenHash;
import ara.domain.questionnaire.QuestionId;
import ara.domain.result.AuditResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Persistence adapter: audits in MySQL, MariaDB or H2 (MySQL mode) through JDBI. Thread-safe.
 *
 * <p>An update is one {@code READ COMMITTED} transaction: it locks the audit row ({@code SELECT … FOR UPDATE}),
 * loads the answers and result, applies the change and writes only what changed (upserted and deleted answers, the
 * result if it changed, the audit row guarded by its old version). Updates of one audit are thereby serialised
 * across every process sharing the database. A transaction that loses a deadlock or a lock wait is rolled back and
 * run again (at most {@value #ATTEMPTS} times), so a change may be applied more than once and must be free of side
 * effects. The events of a change ({@link AuditEvents}) are inserted into {@code outbox_events} last, in the same
 * transaction: they commit with the change or not at all. Reads run in one {@code REPEATABLE READ} transaction and
 * so see whole changes only.
 */
public final class JdbiAuditRepository implements AuditRepository {
    private static final int ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final SealedEmails emails;

    /**
     * @param cipher seals the personal data the audits hold (a guest's email)
     * @param hash   the keyed hash stored beside it for look-ups
     */
    public JdbiAuditRepository(Database database, PersonalDataCipher cipher, KeyedHash hash) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        this.emails = new SealedEmails(cipher, hash);
    }

    @Override
    public Audit create(Audit audit) {
        Audit stored = AuditChanges.storable(audit);
        try {
            jdbi.useTransaction(handle -> {
                AuditTables.insertAudit(handle, stored, emails);
                AuditTables.upsertAnswers(handle, stored.id(), stored.answers().asMap());
                stored.result().ifPresent(result -> AuditTables.upsertResult(handle, stored.id(), result));
                OutboxTables.append(handle, AuditEvents.created(stored));
            });
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                throw new IllegalStateException("audit " + stored.id() + " already exists", e);
            }
            throw SqlFailures.translate("create audit " + stored.id(), e);
        }
        return stored;
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        Objects.requireNonNull(id, "id");
        return read("find audit " + id, handle -> AuditTables.selectAudit(handle, id, false, emails)
                .map(row -> complete(handle, List.of(row)).getFirst()));
    }

    @Override
    public Audit update(AuditId id, UnaryOperator<Audit> change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                        handle -> updateLocked(handle, id, change));
            } catch (JdbiException e) {
                if (attempt < ATTEMPTS && SqlFailures.isRetryable(e)) {
                    continue;
                }
                throw SqlFailures.translate("update audit " + id, e);
            }
        }
    }

    private Audit updateLocked(Handle handle, AuditId id, UnaryOperator<Audit> change) {
        AuditRow row = AuditTables.selectAudit(handle, id, true, emails).orElseThrow(() -> new AuditNotFound(id));
        Audit current = complete(handle, List.of(row)).getFirst();
        Audit changed = AuditChanges.apply(current, change);
        if (changed == current) {
            return current;
        }
        AuditTables.updateAudit(handle, changed, current.version(), emails);
        writeAnswerChanges(handle, id, current.answers().asMap(), changed.answers().asMap());
        AuditResult before = current.result().orElse(null);
        AuditResult after = changed.result().orElse(null);
        if (!Objects.equals(before, after)) {
            if (after == null) {
                AuditTables.deleteResult(handle, id);
            } else {
                AuditTables.upsertResult(handle, id, after);
            }
        }
        OutboxTables.append(handle, AuditEvents.changed(current, changed));
        return changed;
    }

    private static void writeAnswerChanges(Handle handle, AuditId id, Map<QuestionId, AnswerValue> before,
                                           Map<QuestionId, AnswerValue> after) {
        Map<QuestionId, AnswerValue> upserts = new LinkedHashMap<>();
        after.forEach((question, value) -> {
            if (!value.equals(before.get(question))) {
                upserts.put(question, value);
            }
        });
        List<QuestionId> removed = before.keySet().stream().filter(question -> !after.containsKey(question)).toList();
        AuditTables.upsertAnswers(handle, id, upserts);
        AuditTables.deleteAnswers(handle, id, removed);
    }

    @Override
    public List<Audit> findByOwner(OwnerId owner, int offset, int limit) {
        Objects.requireNonNull(owner, "owner");
        AuditChanges.checkPage(offset, limit);
        if (limit == 0) {
            return List.of();
        }
        return read("list the audits of an owner", handle -> complete(handle,
                AuditTables.selectByOwner(handle, owner, offset, limit, emails)));
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        Objects.requireNonNull(token, "token");
        return read("find the audit of a guest token", handle -> AuditTables.selectByGuestToken(handle, token, emails)
                .map(row -> complete(handle, List.of(row)).getFirst()));
    }

    @Override
    public long countByOwner(OwnerId owner) {
        Objects.requireNonNull(owner, "owner");
        return read("count the audits of an owner", handle -> AuditTables.countByOwner(handle, owner));
    }

    /** The audits of these rows with their answers and results, in the rows' order. */
    private static List<Audit> complete(Handle handle, List<AuditRow> rows) {
        List<AuditId> ids = rows.stream().map(AuditRow::id).toList();
        Map<AuditId, Map<QuestionId, AnswerValue>> answers = AuditTables.selectAnswers(handle, ids);
        // Only a submitted audit can have a result: autosaves (drafts) skip the round trip.
        List<AuditId> mayHaveResults = rows.stream().filter(row -> row.status() != AuditStatus.DRAFT)
                .map(AuditRow::id).toList();
        Map<AuditId, AuditResult> results = mayHaveResults.isEmpty() ? Map.of()
                : AuditTables.selectResults(handle, mayHaveResults);
        List<Audit> audits = new ArrayList<>(rows.size());
        for (AuditRow row : rows) {
            audits.add(row.with(answers.getOrDefault(row.id(), Map.of()), results.get(row.id())));
        }
        return audits;
    }

    /** Several statements that must see one state: a REPEATABLE READ transaction (one snapshot in InnoDB and H2). */
    private <R> R read(String request, HandleCallback<R, RuntimeException> reads) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, reads);
        } catch (JdbiException e) {
            throw SqlFailures.translate(request, e);
        }
    }
}
