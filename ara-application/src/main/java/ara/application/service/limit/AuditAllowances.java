package ara.application.service.limit;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestUseCase.AdmissionListener;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.limit.RequestThrottled;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;

import java.util.Objects;

/**
 * The per-audit allowances (answer writes, submits, reports, chat messages, uploads), spent by the use cases only
 * after the access rule let the caller through: an anonymous caller or a stranger never spends an owner's
 * allowance. Keyed by the parsed audit id, so one audit has one allowance whatever the request spelled. Each
 * admission is handed to the {@link AdmissionListener} (the response's headers). Immutable and thread-safe.
 */
public final class AuditAllowances {
    private final AdmitRequestUseCase admissions;
    private final AdmissionListener listener;

    public AuditAllowances(AdmitRequestUseCase admissions, AdmissionListener listener) {
        this.admissions = Objects.requireNonNull(admissions, "admissions");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Spends one request of {@code audit}'s allowance of {@code scope}; call it once the caller is known to have
     * access to the audit, before anything is changed.
     *
     * @throws RequestThrottled when the allowance is spent (nothing was counted)
     * @throws IllegalArgumentException when {@code scope} is not a per-audit limit
     */
    public void spend(Scope scope, AuditId audit) {
        Objects.requireNonNull(scope, "scope");
        if (!scope.perAudit()) {
            throw new IllegalArgumentException("the limit " + scope.code() + " is not kept per audit");
        }
        listener.admitted(admissions.admit(new AdmitRequestCommand(scope, audit.toString())));
    }

    /**
     * {@link #spend(Scope, AuditId) Spends} one request of the allowance of an audit the caller may access.
     *
     * @return {@code audit}, for chaining inside an update
     */
    public Audit spend(Scope scope, Audit audit) {
        spend(scope, audit.id());
        return audit;
    }
}
