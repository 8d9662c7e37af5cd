package ara.adapter.web.storage;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.IssueUploadUseCase;
import ara.application.port.in.storage.UploadLinkView;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link IssueUploadUseCase}: {@code POST /r2/upload {"auditId", "contentType", "size"}} answers a link
 * through which the audit's owner {@code PUT}s exactly that file (a PNG or JPEG logo of at most 512 KiB), and the
 * key that names it afterwards. Thread-safe.
 */
public final class IssueUploadHandler {
    /** The body field naming the audit (also what the per-audit upload limit counts). */
    public static final String AUDIT_FIELD = "auditId";
    /** The body's fields. */
    static final Set<String> FIELDS = Set.of(AUDIT_FIELD, "contentType", "size");

    private final IssueUploadUseCase useCase;

    public IssueUploadHandler(IssueUploadUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void issue(Context ctx) {
        UploadLinkView link = useCase.issue(command(Requests.requiredJsonObject(ctx), FIELDS,
                RequestAttributes.caller(ctx)));
        Responses.ok(ctx, UploadLinkResponse.from(link));
    }

    /**
     * The upload a body asks for: {@code auditId}, {@code contentType} and {@code size}, besides which only
     * {@code fields} may appear.
     *
     * @throws RequestRejected naming every field that breaks a rule
     */
    static IssueUploadCommand command(ObjectNode body, Set<String> fields, Caller caller) {
        List<FieldError> problems = new ArrayList<>();
        Optional<AuditId> audit = auditId(body, problems);
        Optional<String> contentType = BodyValues.text(body, "contentType", problems);
        Optional<Long> size = size(body, problems);
        if (contentType.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("contentType"))) {
            problems.add(new FieldError("contentType", "required", "contentType is required (image/png or image/jpeg)"));
        }
        BodyFields.rejectUnknown(body, fields, problems);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        return new IssueUploadCommand(audit.orElseThrow(), contentType.orElseThrow(), size.orElseThrow(), caller);
    }

    private static Optional<AuditId> auditId(ObjectNode body, List<FieldError> problems) {
        Optional<String> text = BodyValues.text(body, AUDIT_FIELD, problems);
        if (text.isEmpty()) {
            if (problems.stream().noneMatch(p -> p.field().equals(AUDIT_FIELD))) {
                problems.add(new FieldError(AUDIT_FIELD, "required", "auditId is required"));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(AuditId.parse(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError(AUDIT_FIELD, "invalid_format", "auditId " + Requests.ID_RULE + text.get()));
            return Optional.empty();
        }
    }

    private static Optional<Long> size(ObjectNode body, List<FieldError> problems) {
        JsonNode node = body.get("size");
        if (node == null || node.isNull()) {
            problems.add(new FieldError("size", "required", "size is required (the file's length in bytes)"));
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problems.add(new FieldError("size", "wrong_type", "size must be a whole number of bytes"));
            return Optional.empty();
        }
        return Optional.of(node.longValue());
    }

    /** Response body: where and how to upload, and the key that names the file afterwards. */
    public record UploadLinkResponse(String key, String url, String method, String contentType, long size,
                                     Instant expiresAt) {
        static UploadLinkResponse from(UploadLinkView view) {
            return new UploadLinkResponse(view.key(), view.url().toString(), "PUT", view.contentType(), view.size(),
                    view.expiresAt());
        }
    }
}
