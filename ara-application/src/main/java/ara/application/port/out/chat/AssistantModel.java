package ara.application.port.out.chat;

import ara.domain.chat.ChatSource;

/**
 * Outbound port: an assistant that answers one chat message in the context of the audit's current step, streaming
 * the reply to a listener as it is produced. Implementations are thread-safe.
 */
public interface AssistantModel {

    /** Which kind of assistant this is, as replies record it. */
    ChatSource source();

    /**
     * Streams the reply to {@code listener} (text deltas in order, suggestions as they are known) and returns once
     * it is complete. Suggestions are proposals: the caller validates them.
     *
     * @throws AssistantUnavailable when the assistant cannot answer (unreachable, failing, timed out, circuit open);
     *                              some tokens may already have reached the listener
     */
    AssistantReply reply(AssistantRequest request, AssistantListener listener);
}
