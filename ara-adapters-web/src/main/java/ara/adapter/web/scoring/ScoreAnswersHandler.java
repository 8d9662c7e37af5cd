package ara.adapter.web.scoring;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.AnswerValues;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.Requests;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.in.scoring.ScoreAnswersCommand;
import ara.application.port.in.scoring.ScoreAnswersUseCase;
import ara.domain.answer.Answers;
import ara.domain.result.AuditResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Handler of {@link ScoreAnswersUseCase}: {@code POST /score} with {@code {"questionnaire"?, "version"?,
 * "answers": {…}}} answers the result shape (with a {@code null} auditId) and stores nothing; a questionnaire or
 * version that does not exist is a 422 naming the field. Thread-safe.
 */
public final class ScoreAnswersHandler {
    private static final Set<String> FIELDS = Set.of("questionnaire", "version", "answers");

    private final ScoreAnswersUseCase useCase;

    public ScoreAnswersHandler(ScoreAnswersUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void score(Context ctx) {
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        var questionnaire = BodyValues.questionnaireId(body, "questionnaire", problems);
        var version = BodyValues.positiveInt(body, "version", problems);
        Answers answers = AnswerValues.answersFromJson(body.get("answers"), "answers", problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        AuditResult result;
        try {
            result = useCase.score(new ScoreAnswersCommand(questionnaire.orElse(null), version.orElse(null),
                    answers));
        } catch (QuestionnaireNotFound e) {
            // Named in the body, not the path: the request is invalid (422), no resource is missing (404).
            throw RequestRejected.invalid(List.of(e.version() == null
                    ? new FieldError("questionnaire", "unknown_questionnaire", "questionnaire " + e.questionnaire()
                            + " does not exist; GET " + ApiPaths.V1 + "/questionnaires lists them")
                    : new FieldError("version", "unknown_version", e.getMessage() + "; GET " + ApiPaths.V1
                            + "/questionnaires/" + e.questionnaire() + " names the current version")));
        }
        Responses.ok(ctx, ResultResponse.from(null, result));
    }
}
