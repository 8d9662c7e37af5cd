package ara.application.service.account;

import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.admin.AuditObjects;
import ara.domain.audit.Audit;

import java.util.List;
import java.util.Objects;

/**
 * Erases one audit everywhere: its rows (answers, result, reports, uploads, chat, outbox events) in one transaction
 * of the store, its cached copy (the retention given evicts it), its stored objects (reports' documents, uploads),
 * and the idempotency keys of its guest token, whose replayed responses may hold it. The same path as the guest
 * clean-up ({@link AuditObjects}). Thread-safe.
 */
final class AuditErasure {
    private final AuditRetention retention;
    private final AuditObjects objects;
    private final IdempotencyStore idempotencyKeys;

    AuditErasure(AuditRetention retention, ReportRepository reports, UploadRegistry uploads, ObjectStorage storage,
                 IdempotencyStore idempotencyKeys) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.objects = new AuditObjects(reports, uploads, storage);
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
    }

    /** @return whether the audit was still there (a concurrent erasure may have taken it) */
    boolean erase(Audit audit) {
        // The keys are read while the rows exist; the objects go once the rows are gone for sure.
        List<ObjectKey> keys = objects.of(audit.id());
        boolean deleted = retention.delete(audit.id());
        objects.delete(audit.id(), keys);
        audit.guestToken().map(IdempotencyScopes::guest).ifPresent(idempotencyKeys::forget);
        return deleted;
    }

    /** Forgets a signed-in user's idempotency keys (their replays may hold any of the user's audits). */
    void forgetKeysOf(String subject) {
        idempotencyKeys.forget(IdempotencyScopes.user(subject));
    }
}
