package ara.adapter.web.audit;

import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.AnswerValues;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SaveAnswersUseCase;
import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Handler of {@link SaveAnswersUseCase}: {@code PATCH /audits/{id}/answers} with {@code {"answers": {…}}} saves
 * every answer or none, and answers the audit. Thread-safe.
 */
public final class SaveAnswersHandler {
    private static final Set<String> FIELDS = Set.of("answers");

    private final SaveAnswersUseCase useCase;

    public SaveAnswersHandler(SaveAnswersUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void saveAll(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        Long expected = Requests.ifMatchVersion(ctx).orElse(null);
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        Answers answers = AnswerValues.answersFromJson(body.get("answers"), "answers", problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        AuditReplies.audit(ctx, 200, useCase.saveAll(new SaveAnswersCommand(audit, answers, expected,
                RequestAttributes.caller(ctx))));
    }
}
