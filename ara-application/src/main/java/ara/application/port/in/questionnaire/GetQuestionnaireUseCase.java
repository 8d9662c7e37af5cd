package ara.application.port.in.questionnaire;

import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;

/** Inbound port: reads a published questionnaire definition. */
public interface GetQuestionnaireUseCase {

    /** The current version of the default questionnaire. */
    QuestionnaireDefinition current();

    /**
     * The current version of a questionnaire.
     *
     * @throws QuestionnaireNotFound when there is none
     */
    QuestionnaireDefinition current(QuestionnaireId id);

    /**
     * One version of a questionnaire.
     *
     * @throws QuestionnaireNotFound when there is none
     */
    QuestionnaireDefinition version(QuestionnaireId id, int version);
}
