package ara.adapter.web.questionnaire;

import ara.adapter.web.common.Requests;
import ara.adapter.web.common.Responses;
import ara.application.port.in.questionnaire.GetQuestionnaireUseCase;
import ara.domain.questionnaire.QuestionnaireDefinition;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link GetQuestionnaireUseCase}: {@code GET /questionnaire} (the current version of the default
 * questionnaire) and {@code GET /questionnaires/{id}/versions/{version}}, both with an ETag and 304 on
 * {@code If-None-Match}. Thread-safe.
 */
public final class GetQuestionnaireHandler {
    private final GetQuestionnaireUseCase useCase;

    public GetQuestionnaireHandler(GetQuestionnaireUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void current(Context ctx) {
        respond(ctx, useCase.current());
    }

    public void version(Context ctx) {
        var id = Requests.questionnaireIdInPath(ctx, "id");
        int version = Requests.positiveIntInPath(ctx, "version");
        respond(ctx, useCase.version(id, version));
    }

    private static void respond(Context ctx, QuestionnaireDefinition definition) {
        String etag = QuestionnaireResponse.etag(definition);
        ctx.header("Cache-Control", "no-cache");
        if (Requests.noneMatchHits(ctx, etag)) {
            Responses.notModified(ctx, etag);
            return;
        }
        ctx.header("ETag", etag);
        Responses.ok(ctx, QuestionnaireResponse.from(definition));
    }
}
