package ara.application.port.in.chat;

import ara.domain.chat.SuggestedAnswer;

import java.util.Objects;

/** View: one event of a streamed reply, before the final {@link ChatReplyView}. */
public sealed interface ChatEventView {

    /** The next piece of the reply's text. */
    record Token(String text) implements ChatEventView {
        public Token {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An answer the assistant proposes, already validated against the question. */
    record Suggestion(SuggestedAnswer answer) implements ChatEventView {
        public Suggestion {
            Objects.requireNonNull(answer, "answer");
        }
    }
}
