package ara.adapter.web.storage;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.storage.EdgeGrantView;
import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;
import ara.application.port.in.storage.IssueEdgeGrantUseCase;
import ara.domain.identity.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link IssueEdgeGrantUseCase}: {@code POST /r2/grants} answers a short-lived grant for the edge worker:
 * {@code {"operation": "upload", "auditId", "contentType", "size"}} for a new upload to an audit (the same rules as
 * {@code POST /r2/upload}), {@code {"operation": "download" | "delete", "key"}} for an object ARA issued. The
 * answer names the method and the worker URL to send it to. Thread-safe.
 */
public final class IssueEdgeGrantHandler {
    private static final String OPERATION = "operation";
    private static final String KEY = "key";
    private static final Set<String> UPLOAD_FIELDS = with(IssueUploadHandler.FIELDS, OPERATION);
    private static final Set<String> ACCESS_FIELDS = Set.of(OPERATION, KEY);

    private final IssueEdgeGrantUseCase useCase;

    public IssueEdgeGrantHandler(IssueEdgeGrantUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void issue(Context ctx) {
        ObjectNode body = Requests.requiredJsonObject(ctx);
        Caller caller = RequestAttributes.caller(ctx);
        EdgeOperation operation = operation(body);
        EdgeGrantView grant = operation == EdgeOperation.UPLOAD
                ? useCase.upload(IssueUploadHandler.command(body, UPLOAD_FIELDS, caller))
                : useCase.access(operation, key(body), caller);
        Responses.ok(ctx, EdgeGrantResponse.from(grant));
    }

    private static EdgeOperation operation(ObjectNode body) {
        List<FieldError> problems = new ArrayList<>();
        Optional<String> text = BodyValues.text(body, OPERATION, problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        String value = text.orElseThrow(() -> RequestRejected.invalid(List.of(new FieldError(OPERATION, "required",
                "operation is required: upload, download or delete"))));
        return switch (value) {
            case "upload" -> EdgeOperation.UPLOAD;
            case "download" -> EdgeOperation.DOWNLOAD;
            case "delete" -> EdgeOperation.DELETE;
            default -> throw RequestRejected.invalid(List.of(new FieldError(OPERATION, "one_of",
                    "operation must be upload, download or delete, got: " + shown(value))));
        };
    }

    private static String key(ObjectNode body) {
        List<FieldError> problems = new ArrayList<>();
        Optional<String> key = BodyValues.text(body, KEY, problems);
        if (key.filter(k -> !k.isBlank()).isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError(KEY, "required", "key (the object's key) is required to download or delete"));
        }
        BodyFields.rejectUnknown(body, ACCESS_FIELDS, problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        return key.orElseThrow();
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static Set<String> with(Set<String> fields, String extra) {
        Set<String> all = new HashSet<>(fields);
        all.add(extra);
        return Set.copyOf(all);
    }

    /**
     * Response body: send {@code method} to {@code url} before {@code expiresAt}; an upload grant also names the
     * type and exact length its file must have, and {@code key} names the file afterwards.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeGrantResponse(String operation, String key, String method, String url, Instant expiresAt,
                                    String contentType, Long size) {
        static EdgeGrantResponse from(EdgeGrantView view) {
            return new EdgeGrantResponse(view.operation().name().toLowerCase(Locale.ROOT), view.key(), view.method(),
                    view.url().toString(), view.expiresAt(), view.contentType().orElse(null),
                    view.size().isPresent() ? view.size().getAsLong() : null);
        }
    }
}
