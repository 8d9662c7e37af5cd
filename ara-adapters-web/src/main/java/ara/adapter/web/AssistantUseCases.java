package ara.adapter.web;

import ara.application.port.in.chat.ListChatMessagesUseCase;
import ara.application.port.in.chat.SendChatMessageUseCase;
import ara.application.port.in.chat.SuggestChatPromptsUseCase;

import java.util.Objects;

/** The assistant chat use cases the HTTP API serves, handed over by the composition root. Every one is required. */
public record AssistantUseCases(SendChatMessageUseCase send, ListChatMessagesUseCase list,
                                SuggestChatPromptsUseCase prompts) {
    public AssistantUseCases {
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(prompts, "prompts");
    }
}
