package ara.application.port.in.questionnaire;

import java.util.List;

/** Inbound port: the questionnaires a new audit can start on, one entry per questionnaire (its current version). */
public interface ListQuestionnairesUseCase {

    /** The current version of every published questionnaire, the default one first, then by id. */
    List<QuestionnaireSummaryView> questionnaires();
}
