package ara.adapter.web.audit;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.AnswerValues;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.SaveAnswerUseCase;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.questionnaire.QuestionId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link SaveAnswerUseCase}: {@code PUT /audits/{id}/answers/{questionId}} with {@code {"value": …}}
 * autosaves one answer; an {@code If-Match} that is not the current version is refused with 412. Thread-safe.
 */
public final class SaveAnswerHandler {
    private static final Set<String> FIELDS = Set.of("value");

    private final SaveAnswerUseCase useCase;

    public SaveAnswerHandler(SaveAnswerUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void save(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        QuestionId question = Requests.questionId(ctx);
        Long expected = Requests.ifMatchVersion(ctx).orElse(null);
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        Optional<AnswerValue> value = AnswerValues.fromJson(body.get("value"), "value", problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        AuditView view = useCase.save(new SaveAnswerCommand(audit, question, value.orElseThrow(), expected,
                RequestAttributes.caller(ctx)));
        ctx.header("ETag", Responses.versionEtag(view.audit().version()));
        Responses.ok(ctx, AnswerSavedResponse.from(question, view));
    }
}
