package ara.application.port.in.account;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

/**
 * Inbound port: starts a new audit of an earlier audit's questionnaire (its current version) for the earlier
 * audit's owner, pre-filled from it ({@link ara.domain.history.RetakePlan}).
 */
public interface RetakeAuditUseCase {
    /**
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit or the caller does not own it
     *                                                    (an admin included: a retake belongs to the owner)
     */
    RetakenAuditView retake(AuditId id, Caller caller);
}
