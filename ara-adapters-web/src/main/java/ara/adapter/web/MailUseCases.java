package ara.adapter.web;

import ara.application.port.in.notification.ResumeAuditUseCase;
import ara.application.port.in.notification.SendResumeLinkUseCase;
import ara.application.port.in.notification.UnsubscribeUseCase;

import java.util.Objects;

/** The mail use cases the HTTP API serves, handed over by the composition root. Every one is required. */
public record MailUseCases(SendResumeLinkUseCase sendResumeLink, ResumeAuditUseCase resumeAudit,
                           UnsubscribeUseCase unsubscribe) {
    public MailUseCases {
        Objects.requireNonNull(sendResumeLink, "sendResumeLink");
        Objects.requireNonNull(resumeAudit, "resumeAudit");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
    }
}
