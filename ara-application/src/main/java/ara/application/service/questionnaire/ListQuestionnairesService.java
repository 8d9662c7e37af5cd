package ara.application.service.questionnaire;

import ara.application.port.in.questionnaire.ListQuestionnairesUseCase;
import ara.application.port.in.questionnaire.QuestionnaireSummaryView;
import ara.application.port.in.questionnaire.QuestionnaireSummaryView.Mode;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Service: lists the current version of every questionnaire in the catalog. {@code classic} is the quick mode and
 * {@code full} the full one (the two ARA ships); any other id is a questionnaire an admin published. Thread-safe.
 */
public final class ListQuestionnairesService implements ListQuestionnairesUseCase {
    private static final QuestionnaireId QUICK = QuestionnaireId.of("classic");
    private static final QuestionnaireId FULL = QuestionnaireId.of("full");

    private final QuestionnaireCatalog catalog;

    public ListQuestionnairesService(QuestionnaireCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<QuestionnaireSummaryView> questionnaires() {
        QuestionnaireId defaultId = catalog.defaultQuestionnaire();
        return catalog.all().stream().map(scheme -> scheme.definition().id()).distinct()
                .flatMap(id -> catalog.current(id).map(ScoringScheme::definition).stream())
                .sorted(Comparator.comparing((QuestionnaireDefinition d) -> !d.id().equals(defaultId))
                        .thenComparing(QuestionnaireDefinition::id))
                .map(definition -> summary(definition, definition.id().equals(defaultId)))
                .toList();
    }

    private static QuestionnaireSummaryView summary(QuestionnaireDefinition definition, boolean isDefault) {
        return new QuestionnaireSummaryView(definition.id().value(), definition.version(), definition.title(),
                definition.description(), definition.estimatedMinutes(), definition.questions().size(),
                definition.steps().size(), definition.pillars().size(), mode(definition.id()), isDefault);
    }

    private static Mode mode(QuestionnaireId id) {
        if (id.equals(QUICK)) {
            return Mode.QUICK;
        }
        return id.equals(FULL) ? Mode.FULL : Mode.CUSTOM;
    }
}
