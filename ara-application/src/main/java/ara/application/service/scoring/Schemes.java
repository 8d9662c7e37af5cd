package ara.application.service.scoring;

import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.audit.Audit;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

/** Finds scoring schemes in the catalog, turning absence into the use cases' failure types. */
public final class Schemes {
    private Schemes() {
    }

    public static ScoringScheme current(QuestionnaireCatalog catalog, QuestionnaireId id) {
        return catalog.current(id).orElseThrow(() -> new QuestionnaireNotFound(id, null));
    }

    public static ScoringScheme version(QuestionnaireCatalog catalog, QuestionnaireId id, int version) {
        return catalog.find(id, version).orElseThrow(() -> new QuestionnaireNotFound(id, version));
    }

    /** The scheme an audit is pinned to; its absence means a published version was withdrawn. */
    public static ScoringScheme of(QuestionnaireCatalog catalog, Audit audit) {
        ScoringScheme scheme = version(catalog, audit.questionnaire(), audit.questionnaireVersion());
        if (scheme.version() != audit.scoringVersion()) {
            throw new IllegalStateException("audit " + audit.id() + " is pinned to scoring v" + audit.scoringVersion()
                    + " but the catalog publishes v" + scheme.version() + " for " + audit.questionnaire() + " v"
                    + audit.questionnaireVersion());
        }
        return scheme;
    }
}
