package ara.adapter.web.audit;

import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.GiveGuestEmailUseCase;
import ara.domain.audit.AuditId;
import ara.domain.identity.EmailAddress;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link GiveGuestEmailUseCase}: {@code POST /audits/{id}/guest-email} with {@code {"email": …}} records
 * the email a guest leaves (needed before submitting under the default guest policy) and answers the audit, which
 * shows only {@code guestEmailGiven}. The address is never echoed, not even in a validation error. Thread-safe.
 */
public final class GiveGuestEmailHandler {
    private static final String EMAIL = "email";
    private static final Set<String> FIELDS = Set.of(EMAIL);

    private final GiveGuestEmailUseCase useCase;

    public GiveGuestEmailHandler(GiveGuestEmailUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void giveEmail(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        Optional<String> text = BodyValues.text(body, EMAIL, problems);
        EmailAddress email = text.map(value -> email(value, problems)).orElse(null);
        if (email == null && text.isEmpty() && !body.hasNonNull(EMAIL)) {
            problems.add(new FieldError(EMAIL, "required", "email is required"));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        AuditReplies.audit(ctx, 200, useCase.giveEmail(new GiveGuestEmailCommand(audit, email,
                RequestAttributes.caller(ctx))));
    }

    private static EmailAddress email(String value, List<FieldError> problems) {
        try {
            return new EmailAddress(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError(EMAIL, "invalid_format", e.getMessage()));
            return null;
        }
    }
}
