package ara.application.port.in.account;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/** Inbound port: how a scored audit changed since another scored audit of the same owner. */
public interface CompareAuditsUseCase {
    /**
     * @param id   the audit compared
     * @param with the baseline
     * @throws ara.domain.identity.AuthenticationRequired   when the caller presented no identity
     * @throws ara.domain.audit.AuditNotFound               when either audit does not exist, the caller may not see
     *                                                      it, or the two have different owners
     * @throws ara.application.port.in.audit.AuditNotScored when either audit has no result yet
     */
    AuditComparisonView compare(AuditId id, AuditId with, Caller caller);
}
