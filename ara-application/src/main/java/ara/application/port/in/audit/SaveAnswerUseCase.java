package ara.application.port.in.audit;

/** Inbound port: autosaves one answer of a draft audit. */
public interface SaveAnswerUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit
     * @throws ara.domain.questionnaire.QuestionNotFound  for an unknown question
     * @throws ara.domain.answer.AnswersRejected           listing every problem with the value
     * @throws ara.domain.audit.AuditNotEditable           unless the audit is a draft
     * @throws ara.domain.audit.StaleAudit                 when {@code expectedVersion} is not current
     */
    AuditView save(SaveAnswerCommand command);
}
