package ara.application.service.account;

import ara.application.port.in.account.DeleteAccountUseCase;
import ara.application.port.in.account.DeletedAccountView;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.auditlog.ActorPseudonyms;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.identity.UserRepository;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.Audit;
import ara.domain.audit.OwnerId;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.UserIdentity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Service: erases the signed-in caller's account: every audit it owns ({@link AuditErasure}), its idempotency keys
 * and its user record; then logs {@code account.deleted} and replaces the account's actor in every audit-log entry
 * (that one too) by its pseudonym ({@link ActorPseudonyms}), so that the log keeps who did what without naming the
 * person. Thread-safe.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {
    private static final int PAGE = 100;

    private final AuditRepository audits;
    private final AuditErasure erasure;
    private final UserRepository users;
    private final AuditLog log;
    private final ActorPseudonyms pseudonyms;
    private final Clock clock;

    public DeleteAccountService(AuditRepository audits, AuditRetention retention, ReportRepository reports,
                                UploadRegistry uploads, ObjectStorage storage, IdempotencyStore idempotencyKeys,
                                UserRepository users, AuditLog log, ActorPseudonyms pseudonyms, Clock clock) {
        this.audits = Objects.requireNonNull(audits, "audits");
        this.erasure = new AuditErasure(retention, reports, uploads, storage, idempotencyKeys);
        this.users = Objects.requireNonNull(users, "users");
        this.log = Objects.requireNonNull(log, "log");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DeletedAccountView delete(Caller caller) {
        UserIdentity user = caller.signedIn().orElseThrow(() -> new AuthenticationRequired("the account"));
        OwnerId owner = OwnerId.of(user);
        int erased = 0;
        // Always the first page: each erased audit leaves it; one erased meanwhile by another call is skipped.
        for (List<Audit> page = audits.findByOwner(owner, 0, PAGE); !page.isEmpty();
             page = audits.findByOwner(owner, 0, PAGE)) {
            for (Audit audit : page) {
                if (erasure.erase(audit)) {
                    erased++;
                }
            }
        }
        erasure.forgetKeysOf(user.subject());
        users.delete(user.subject());
        String actor = caller.actor();
        log.record(new AuditEvent(clock.instant(), actor, "account.deleted", null, AuditEvent.SUCCESS,
                caller.requestId(), caller.clientIp()));
        long pseudonymized = log.pseudonymize(actor, pseudonyms.of(actor));
        return new DeletedAccountView(erased, pseudonymized);
    }
}
