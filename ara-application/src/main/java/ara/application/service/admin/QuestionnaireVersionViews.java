package ara.application.service.admin;

import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.questionnaire.QuestionnaireVersion;

/** Turns catalog versions into views, marking the current one. Stateless. */
final class QuestionnaireVersionViews {
    private QuestionnaireVersionViews() {
    }

    static QuestionnaireVersionView of(QuestionnaireVersion version, QuestionnaireCatalog catalog) {
        boolean current = catalog.current(version.id())
                .filter(scheme -> scheme.definition().version() == version.version()).isPresent();
        return new QuestionnaireVersionView(version.id().value(), version.version(), version.title(),
                version.questions(), current, version.publishedAt(), version.publishedBy());
    }
}
