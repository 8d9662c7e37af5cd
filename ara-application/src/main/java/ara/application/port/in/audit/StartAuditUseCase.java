package ara.application.port.in.audit;

/** Inbound port: starts a draft audit on the current version of a questionnaire. */
public interface StartAuditUseCase {
    /** @throws ara.application.port.in.questionnaire.QuestionnaireNotFound for an unknown questionnaire */
    StartedAuditView start(StartAuditCommand command);
}
