package ara.adapter.web.chat;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.BodyFields;
import ara.adapter.web.request.BodyValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.chat.ChatEventView;
import ara.application.port.in.chat.ChatReplyView;
import ara.application.port.in.chat.SendChatMessageCommand;
import ara.application.port.in.chat.SendChatMessageUseCase;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.questionnaire.StepId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Handler of {@link SendChatMessageUseCase}: {@code POST /audits/{id}/chat/messages} with {@code {message, stepId?}}.
 * With {@code Accept: text/event-stream} the reply streams as events {@code token}, {@code suggestion} and
 * {@code done}; otherwise the whole reply comes as JSON. Failures before the first event are ordinary problem
 * responses; after it, an {@code error} event ends the stream. Message content is never logged. Thread-safe.
 */
public final class SendChatMessageHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SendChatMessageHandler.class);
    private static final Set<String> FIELDS = Set.of("message", "stepId");
    private static final String EVENT_STREAM = "text/event-stream";

    private final SendChatMessageUseCase useCase;

    public SendChatMessageHandler(SendChatMessageUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void send(Context ctx) {
        AuditId audit = Requests.auditId(ctx);
        ObjectNode body = Requests.requiredJsonObject(ctx);
        List<FieldError> problems = new ArrayList<>();
        BodyFields.rejectUnknown(body, FIELDS, problems);
        Optional<String> message = BodyValues.multiLineText(body, "message", problems);
        Optional<String> step = BodyValues.text(body, "stepId", problems);
        if (message.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError("message", "required", "message is required"));
        }
        message.filter(m -> m.isBlank() || m.length() > ChatMessage.USER_MAX).ifPresent(m -> problems.add(
                new FieldError("message", "invalid_length", "message must be 1 to " + ChatMessage.USER_MAX
                        + " characters and not blank")));
        StepId stepId = step.flatMap(text -> stepId(text, problems)).orElse(null);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        SendChatMessageCommand command = new SendChatMessageCommand(audit, message.orElseThrow(), stepId,
                RequestAttributes.caller(ctx));
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (!accept.contains(EVENT_STREAM)) {
            Responses.ok(ctx, ChatReplyResponse.from(useCase.send(command, event -> { })));
            return;
        }
        stream(ctx, command);
    }

    private void stream(Context ctx, SendChatMessageCommand command) {
        EventStream events = new EventStream(ctx);
        ChatReplyView reply;
        try {
            reply = useCase.send(command, event -> {
                switch (event) {
                    case ChatEventView.Token token -> events.send("token", Map.of("text", token.text()));
                    case ChatEventView.Suggestion suggestion -> events.send("suggestion",
                            SuggestionResponse.from(suggestion.answer()));
                }
            });
        } catch (RuntimeException e) {
            if (!events.started()) {
                throw e;
            }
            LOG.warn("Chat reply for audit {} failed after streaming began: {}", command.audit(),
                    e.getClass().getName());
            events.send("error", Map.of("title", "The reply could not be completed"));
            return;
        }
        events.send("done", ChatReplyResponse.Done.from(reply));
    }

    private static Optional<StepId> stepId(String text, List<FieldError> problems) {
        try {
            return Optional.of(StepId.of(text));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("stepId", "invalid_format", "stepId is not a step id"));
            return Optional.empty();
        }
    }
}
