package ara.adapter.web.chat;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.chat.ChatHistoryView;
import ara.application.port.in.chat.ListChatMessagesQuery;
import ara.application.port.in.chat.ListChatMessagesUseCase;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Handler of {@link ListChatMessagesUseCase}: {@code GET /audits/{id}/chat/messages?before=&limit=} answers one page
 * of the chat, newest first, with the cursor of the next page. Thread-safe.
 */
public final class ListChatMessagesHandler {
    static final int DEFAULT_LIMIT = 20;

    private final ListChatMessagesUseCase useCase;

    public ListChatMessagesHandler(ListChatMessagesUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    /** Response body: a page of messages and, when there are older ones, the {@code before} of the next page. */
    public record ChatHistoryResponse(List<ChatMessageResponse> messages, boolean more, Instant nextBefore) {
        static ChatHistoryResponse from(ChatHistoryView view) {
            Instant next = view.more() ? view.messages().getLast().createdAt() : null;
            return new ChatHistoryResponse(view.messages().stream().map(ChatMessageResponse::from).toList(),
                    view.more(), next);
        }
    }

    public void list(Context ctx) {
        var audit = Requests.auditId(ctx);
        int limit = Requests.intQuery(ctx, "limit", DEFAULT_LIMIT, 1, ListChatMessagesQuery.MAX_LIMIT);
        String before = ctx.queryParam("before");
        Instant cursor = null;
        if (before != null) {
            try {
                cursor = Instant.parse(before);
            } catch (DateTimeParseException e) {
                throw RequestRejected.badRequest("before", "invalid_format",
                        "before must be an ISO-8601 instant such as 2026-11-26T10:15:30.123456Z");
            }
        }
        ChatHistoryView view = useCase.list(new ListChatMessagesQuery(audit, cursor, limit,
                RequestAttributes.caller(ctx)));
        Responses.ok(ctx, ChatHistoryResponse.from(view));
    }
}
