package ara.application.port.in.audit;

/** Inbound port: clears one answer of a draft audit. */
public interface ClearAnswerUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound            when there is no such audit
     * @throws ara.domain.questionnaire.QuestionNotFound for an unknown question
     * @throws ara.domain.audit.AuditNotEditable          unless the audit is a draft
     * @throws ara.domain.audit.StaleAudit                when {@code expectedVersion} is not current
     */
    AuditView clear(ClearAnswerCommand command);
}
