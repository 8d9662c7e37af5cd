package ara.application.port.in.chat;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.StepId;

import java.util.Objects;

/** Query: prompt suggestions for a step ({@code null}: the audit's current step). */
public record SuggestChatPromptsQuery(AuditId audit, StepId step, Caller caller) {
    public SuggestChatPromptsQuery {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
    }
}
