package ara.adapter.web;

import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.util.List;
import java.util.Optional;

/**
 * The questionnaire catalog as the services see it in the web tests: every call runs the {@link Hook} first (in
 * production the catalog reads the published versions from the database, which may fail or be slow). Thread-safe.
 */
final class HookedCatalog implements QuestionnaireCatalog {
    private final QuestionnaireCatalog catalog;
    private final Hook hook;

    HookedCatalog(QuestionnaireCatalog catalog, Hook hook) {
        this.catalog = catalog;
        this.hook = hook;
    }

    @Override
    public QuestionnaireId defaultQuestionnaire() {
        hook.before("catalog.defaultQuestionnaire");
        return catalog.defaultQuestionnaire();
    }

    @Override
    public Optional<ScoringScheme> current(QuestionnaireId id) {
        hook.before("catalog.current");
        return catalog.current(id);
    }

    @Override
    public Optional<ScoringScheme> find(QuestionnaireId id, int version) {
        hook.before("catalog.find");
        return catalog.find(id, version);
    }

    @Override
    public List<ScoringScheme> all() {
        hook.before("catalog.all");
        return catalog.all();
    }
}
