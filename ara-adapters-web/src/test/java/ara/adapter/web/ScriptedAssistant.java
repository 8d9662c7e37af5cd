package ara.adapter.web;

import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.QuestionId;

/**
 * Test double of the assistant (whose real adapters are a language model and the offline assistant): it streams
 * "Hello", " there" and, for a message naming "healthcare", suggests {@code industry = healthcare}; it reports
 * 10 prompt and 3 completion tokens, as the offline source. Stateless, thread-safe.
 */
final class ScriptedAssistant implements AssistantModel {
    static final int PROMPT_TOKENS = 10;
    static final int COMPLETION_TOKENS = 3;

    @Override
    public ChatSource source() {
        return ChatSource.OFFLINE;
    }

    @Override
    public AssistantReply reply(AssistantRequest request, AssistantListener listener) {
        listener.token("Hello");
        listener.token(" there");
        if (request.message().contains("healthcare")) {
            listener.suggestion(new SuggestedAnswer(QuestionId.of("industry"), new AnswerValue.Choice("healthcare"),
                    "you said so"));
        }
        return new AssistantReply(ChatSource.OFFLINE, PROMPT_TOKENS, COMPLETION_TOKENS);
    }
}
