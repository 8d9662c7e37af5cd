package ara.adapter.web.questionnaire;

import ara.adapter.web.http.Responses;
import ara.adapter.web.http.WebJson;
import ara.adapter.web.request.Requests;
import ara.application.port.in.questionnaire.GetQuestionnaireUseCase;
import ara.domain.questionnaire.QuestionnaireDefinition;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Handler of {@link GetQuestionnaireUseCase}: {@code GET /questionnaire} (the current version of the default
 * questionnaire), {@code GET /questionnaires/{id}} (the current version of a questionnaire) and
 * {@code GET /questionnaires/{id}/versions/{version}}, each with an ETag and 304 on {@code If-None-Match}.
 * Thread-safe.
 */
public final class GetQuestionnaireHandler {
    private final GetQuestionnaireUseCase useCase;
    /**
     * The JSON of every version served so far, by ETag: a published version never changes, and serialising the
     * ~15 KB document on every request cost two thirds of this route's throughput (docs/benchmarks.md). One entry
     * per published version, so it stays small.
     */
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    public GetQuestionnaireHandler(GetQuestionnaireUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void current(Context ctx) {
        respond(ctx, useCase.current());
    }

    public void currentOf(Context ctx) {
        respond(ctx, useCase.current(Requests.questionnaireIdInPath(ctx, "id")));
    }

    public void version(Context ctx) {
        var id = Requests.questionnaireIdInPath(ctx, "id");
        int version = Requests.positiveIntInPath(ctx, "version");
        respond(ctx, useCase.version(id, version));
    }

    private void respond(Context ctx, QuestionnaireDefinition definition) {
        String etag = QuestionnaireResponse.etag(definition);
        ctx.header("Cache-Control", "no-cache");
        if (Requests.noneMatchHits(ctx, etag)) {
            Responses.notModified(ctx, etag);
            return;
        }
        ctx.header("ETag", etag);
        byte[] body = bodies.computeIfAbsent(etag, ignored -> WebJson.write(QuestionnaireResponse.from(definition)));
        ctx.status(200).contentType(Responses.JSON).result(body);
    }
}
