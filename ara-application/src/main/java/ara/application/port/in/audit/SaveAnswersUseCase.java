package ara.application.port.in.audit;

/** Inbound port: saves many answers of a draft audit atomically. */
public interface SaveAnswersUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound   when there is no such audit
     * @throws ara.domain.answer.AnswersRejected listing every problem with every answer; nothing is stored
     * @throws ara.domain.audit.AuditNotEditable unless the audit is a draft
     * @throws ara.domain.audit.StaleAudit       when {@code expectedVersion} is not current
     */
    AuditView saveAll(SaveAnswersCommand command);
}
