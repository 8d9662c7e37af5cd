package ara.application.port.in.scoring;

import ara.domain.result.AuditResult;

/** Inbound port: scores a set of answers without storing anything (a preview). */
public interface ScoreAnswersUseCase {

    /**
     * Validates the answers against the questionnaire version and scores them.
     *
     * @throws ara.application.port.in.questionnaire.QuestionnaireNotFound when the questionnaire or version is unknown
     * @throws ara.domain.answer.AnswersRejected                    listing every invalid answer
     */
    AuditResult score(ScoreAnswersCommand command);
}
