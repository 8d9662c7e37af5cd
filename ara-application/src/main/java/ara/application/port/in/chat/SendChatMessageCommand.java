package ara.application.port.in.chat;

import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.StepId;

import java.util.Objects;

/**
 * Command: a user's chat message about an audit.
 *
 * @param message 1 to {@value ChatMessage#USER_MAX} characters, not blank
 * @param step    the wizard step the user is on, or {@code null} for the audit's current step
 */
public record SendChatMessageCommand(AuditId audit, String message, StepId step, Caller caller) {
    public SendChatMessageCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(caller, "caller");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (message.length() > ChatMessage.USER_MAX) {
            throw new IllegalArgumentException("message must be at most " + ChatMessage.USER_MAX + " characters");
        }
    }
}
