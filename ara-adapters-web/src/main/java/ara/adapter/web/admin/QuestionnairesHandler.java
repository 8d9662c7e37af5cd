package ara.adapter.web.admin;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.admin.ListQuestionnaireVersionsUseCase;
import ara.application.port.in.admin.PublishQuestionnaireCommand;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.in.admin.QuestionnaireVersionView;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Objects;

/**
 * Handler of {@link PublishQuestionnaireUseCase} ({@code POST /admin/questionnaires}: the body is one catalog
 * document, answered 201 with the version and its public location) and {@link ListQuestionnaireVersionsUseCase}
 * ({@code GET /admin/questionnaires}). Thread-safe.
 */
public final class QuestionnairesHandler {
    private final PublishQuestionnaireUseCase publish;
    private final ListQuestionnaireVersionsUseCase list;

    public QuestionnairesHandler(PublishQuestionnaireUseCase publish, ListQuestionnaireVersionsUseCase list) {
        this.publish = Objects.requireNonNull(publish, "publish");
        this.list = Objects.requireNonNull(list, "list");
    }

    public void publish(Context ctx) {
        // The JSON shape and content type are checked here (400); the questionnaire itself by the catalog (422).
        Requests.requiredJsonObject(ctx);
        QuestionnaireVersionView view = publish.publish(new PublishQuestionnaireCommand(Requests.body(ctx),
                RequestAttributes.caller(ctx).actor()));
        ctx.header("Location", ApiPaths.V1 + "/questionnaires/" + view.id() + "/versions/" + view.version());
        Responses.json(ctx, 201, QuestionnaireVersionResponse.from(view));
    }

    public void list(Context ctx) {
        Responses.ok(ctx, Map.of("items", list.versions().stream().map(QuestionnaireVersionResponse::from).toList()));
    }
}
