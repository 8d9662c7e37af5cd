package ara.application.service.admin;

import ara.application.port.in.admin.ListQuestionnaireVersionsUseCase;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnairePublisher;

import java.util.List;
import java.util.Objects;

/** Service: lists every questionnaire version, marking the current one of each questionnaire. Thread-safe. */
public final class ListQuestionnaireVersionsService implements ListQuestionnaireVersionsUseCase {
    private final QuestionnairePublisher publisher;
    private final QuestionnaireCatalog catalog;

    public ListQuestionnaireVersionsService(QuestionnairePublisher publisher, QuestionnaireCatalog catalog) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<QuestionnaireVersionView> versions() {
        return publisher.versions().stream().map(version -> QuestionnaireVersionViews.of(version, catalog)).toList();
    }
}
