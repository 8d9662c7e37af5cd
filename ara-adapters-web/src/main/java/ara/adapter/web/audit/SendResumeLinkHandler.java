package ara.adapter.web.audit;

import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.notification.SendResumeLinkUseCase;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Handler of {@link SendResumeLinkUseCase}: {@code POST /audits/{id}/resume-link}, by the audit's guest, mails a new
 * resume link to the email the guest gave and answers 202 once the mail channel took the message (409 without an
 * email, 503 when the mail server cannot take it now). No body is read. Thread-safe.
 */
public final class SendResumeLinkHandler {
    private final SendResumeLinkUseCase useCase;

    public SendResumeLinkHandler(SendResumeLinkUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void send(Context ctx) {
        useCase.send(Requests.auditId(ctx), RequestAttributes.caller(ctx));
        ctx.status(202);
    }
}
