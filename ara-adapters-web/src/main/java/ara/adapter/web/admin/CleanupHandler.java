package ara.adapter.web.admin;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanupView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Handler of a clean-up use case ({@code POST /admin/maintenance/guest-cleanup} and {@code …/audit-log-cleanup}):
 * body {@code {"dryRun": true|false}} (an empty body is a dry run, so that a bare POST never deletes), answers
 * what was or would be deleted; 409 while another instance runs it. Thread-safe.
 */
public final class CleanupHandler {
    private static final String DRY_RUN = "dryRun";

    private final Function<CleanUpCommand, CleanupView> useCase;

    public CleanupHandler(Function<CleanUpCommand, CleanupView> useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void cleanUp(Context ctx) {
        boolean dryRun = Requests.jsonObject(ctx).map(CleanupHandler::dryRun).orElse(true);
        CleanupView view = useCase.apply(new CleanUpCommand(dryRun, RequestAttributes.caller(ctx).actor()));
        Responses.ok(ctx, CleanupResponse.from(view));
    }

    private static boolean dryRun(ObjectNode body) {
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, Set.of(DRY_RUN), problems);
        JsonNode node = body.get(DRY_RUN);
        if (node != null && !node.isBoolean()) {
            problems.add(new FieldError(DRY_RUN, "wrong_type", "dryRun must be true or false"));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        return node == null || node.booleanValue();
    }
}
