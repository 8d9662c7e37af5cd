package ara.application.port.in.admin;

/** Inbound port: publishes a new questionnaire version without a restart; audits stay on their pinned version. */
public interface PublishQuestionnaireUseCase {

    /**
     * @throws ara.application.port.out.questionnaire.QuestionnaireRejected for an invalid document (naming the
     *         element)
     * @throws ara.application.port.out.questionnaire.QuestionnaireVersionTaken for a version that is not new
     */
    QuestionnaireVersionView publish(PublishQuestionnaireCommand command);
}
