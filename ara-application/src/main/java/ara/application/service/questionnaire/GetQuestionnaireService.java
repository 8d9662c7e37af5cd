package ara.application.service.questionnaire;

import ara.application.port.in.questionnaire.GetQuestionnaireUseCase;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.scoring.Schemes;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;

import java.util.Objects;

/** Service: reads published questionnaires from the catalog. Thread-safe. */
public final class GetQuestionnaireService implements GetQuestionnaireUseCase {
    private final QuestionnaireCatalog catalog;

    public GetQuestionnaireService(QuestionnaireCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public QuestionnaireDefinition current() {
        return current(catalog.defaultQuestionnaire());
    }

    @Override
    public QuestionnaireDefinition current(QuestionnaireId id) {
        return Schemes.current(catalog, id).definition();
    }

    @Override
    public QuestionnaireDefinition version(QuestionnaireId id, int version) {
        return Schemes.version(catalog, id, version).definition();
    }
}
