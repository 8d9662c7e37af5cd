package ara.application.port.in.audit;

/** Inbound port: records the email a guest gives for their audit. */
public interface GiveGuestEmailUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit or the caller may not see it
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     */
    AuditView giveEmail(GiveGuestEmailCommand command);
}
