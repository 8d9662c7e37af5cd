package ara.adapter.web.audit;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link StartAuditUseCase}: {@code POST /audits} with an optional body
 * {@code {"questionnaire"?, "organizationName"?}} answers 201, a Location and the new audit (on the default
 * questionnaire when none is named; a questionnaire that does not exist is a 422 naming the field). A signed-in caller
 * owns it; anyone else gets a guest audit and, in this one reply, its {@code guestToken}. Thread-safe.
 */
public final class StartAuditHandler {
    private static final String QUESTIONNAIRE = "questionnaire";
    /** The rule an existing-looking id that names no questionnaire breaks. */
    private static final String UNKNOWN_QUESTIONNAIRE = "unknown_questionnaire";
    private static final Set<String> FIELDS = Set.of(QUESTIONNAIRE, "organizationName");

    private final StartAuditUseCase useCase;

    public StartAuditHandler(StartAuditUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void start(Context ctx) {
        Optional<ObjectNode> body = Requests.jsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        var questionnaire = body.flatMap(b -> BodyValues.questionnaireId(b, QUESTIONNAIRE, problems));
        var organizationName = body.flatMap(b -> BodyValues.text(b, "organizationName", problems));
        body.ifPresent(b -> BodyFields.rejectUnknown(b, FIELDS, problems));
        organizationName.ifPresent(name -> BodyValues.checkOrganizationName("organizationName", name, problems));
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        StartedAuditView started;
        try {
            started = useCase.start(new StartAuditCommand(questionnaire.orElse(null), organizationName.orElse(null),
                    RequestAttributes.caller(ctx)));
        } catch (QuestionnaireNotFound e) {
            // Named in the body, not the path: the request is invalid (422), no resource is missing (404).
            throw RequestRejected.invalid(List.of(new FieldError(QUESTIONNAIRE, UNKNOWN_QUESTIONNAIRE,
                    "questionnaire " + e.questionnaire() + " does not exist; GET " + ApiPaths.V1
                            + "/questionnaires lists those an audit can start on")));
        }
        ctx.header("Location", ApiPaths.audit(started.audit().audit().id().toString()));
        AuditReplies.started(ctx, started);
    }
}
