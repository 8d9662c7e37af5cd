package ara.application.port.out.chat;

import ara.domain.chat.SuggestedAnswer;

/** Receives an assistant's reply as it streams; called from the replying thread, one call at a time. */
public interface AssistantListener {

    /** The next piece of the reply's text. */
    void token(String text);

    /** An answer the assistant proposes (not yet validated). */
    void suggestion(SuggestedAnswer suggestion);
}
