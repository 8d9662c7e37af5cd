package ara.adapter.web.chat;

import ara.adapter.web.request.AnswerValues;
import ara.domain.chat.SuggestedAnswer;

/** Response body: an answer the assistant proposes, in the shape the answer {@code PUT} takes ({@code value}). */
public record SuggestionResponse(String questionId, Object value, String rationale) {
    public static SuggestionResponse from(SuggestedAnswer suggestion) {
        return new SuggestionResponse(suggestion.questionId().value(), AnswerValues.toJson(suggestion.value()),
                suggestion.rationale());
    }
}
