package ara.adapter.web.chat;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.chat.ChatPromptsView;
import ara.application.port.in.chat.SuggestChatPromptsQuery;
import ara.application.port.in.chat.SuggestChatPromptsUseCase;
import ara.domain.questionnaire.StepId;
import io.javalin.http.Context;

import java.util.List;
import java.util.Objects;

/**
 * Handler of {@link SuggestChatPromptsUseCase}: {@code GET /audits/{id}/chat/suggestions?stepId=} answers three
 * prompts to offer as chips for the step (the audit's current step without {@code stepId}). Thread-safe.
 */
public final class ChatPromptsHandler {
    private final SuggestChatPromptsUseCase useCase;

    public ChatPromptsHandler(SuggestChatPromptsUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    /** Response body: the step and its prompts. */
    public record ChatPromptsResponse(String stepId, List<String> prompts) {
        static ChatPromptsResponse from(ChatPromptsView view) {
            return new ChatPromptsResponse(view.step().value(), view.prompts());
        }
    }

    public void prompts(Context ctx) {
        var audit = Requests.auditId(ctx);
        String step = ctx.queryParam("stepId");
        StepId stepId = null;
        if (step != null) {
            try {
                stepId = StepId.of(step);
            } catch (IllegalArgumentException e) {
                throw RequestRejected.badRequest("stepId", "invalid_format", "stepId is not a step id");
            }
        }
        Responses.ok(ctx, ChatPromptsResponse.from(useCase.prompts(new SuggestChatPromptsQuery(audit, stepId,
                RequestAttributes.caller(ctx)))));
    }
}
