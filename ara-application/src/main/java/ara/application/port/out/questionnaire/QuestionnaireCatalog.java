package ara.application.port.out.questionnaire;

import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the published questionnaires. Each version comes as its {@link ScoringScheme}, which holds the
 * validated definition and the scoring profiles that belong to it. Implementations are immutable after start-up
 * and thread-safe.
 */
public interface QuestionnaireCatalog {

    /** The questionnaire an audit uses when the caller names none. */
    QuestionnaireId defaultQuestionnaire();

    /** The current (highest) published version of a questionnaire. */
    Optional<ScoringScheme> current(QuestionnaireId id);

    /** One published version of a questionnaire. */
    Optional<ScoringScheme> find(QuestionnaireId id, int version);

    /** Every published version, ordered by id, then version. */
    List<ScoringScheme> all();
}
