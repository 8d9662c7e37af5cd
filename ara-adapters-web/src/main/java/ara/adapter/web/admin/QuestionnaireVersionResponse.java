package ara.adapter.web.admin;

import ara.application.port.in.admin.QuestionnaireVersionView;

/** One questionnaire version in the admin answers. Immutable. */
record QuestionnaireVersionResponse(String id, int version, String title, int questions, boolean current,
                                    String source, String publishedAt, String publishedBy) {

    static QuestionnaireVersionResponse from(QuestionnaireVersionView view) {
        return new QuestionnaireVersionResponse(view.id(), view.version(), view.title(), view.questions(),
                view.current(), view.publishedAt().isPresent() ? "published" : "shipped",
                view.publishedAt().map(Object::toString).orElse(null), view.publishedBy().orElse(null));
    }
}
