package ara.application.port.out.chat;

import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;
import ara.domain.scoring.ScoreCard;
import ara.domain.wizard.WizardProgress;

import java.util.List;
import java.util.Objects;

/**
 * Everything an assistant may use to answer one message, and nothing from any other audit.
 *
 * @param systemPrompt  the context in words (step, questions, options, the user's answers, progress, scores) for a
 *                      language model
 * @param summary       a short summary of turns dropped from {@code conversation} to fit the budget (may be empty)
 * @param conversation  the latest earlier turns, oldest first, within the token budget
 * @param recalled      earlier messages of this audit's chat that resemble the new one, most similar first
 * @param message       the user's new message
 * @param definition    the audit's questionnaire
 * @param step          the step the user is on
 * @param answers       the audit's answers
 * @param progress      the wizard's progress
 * @param score         the partial score
 */
public record AssistantRequest(String systemPrompt, String summary, List<ChatTurn> conversation,
                               List<ChatTurn> recalled, String message, QuestionnaireDefinition definition,
                               Step step, Answers answers, WizardProgress progress, ScoreCard score) {
    public AssistantRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        summary = summary == null ? "" : summary;
        conversation = List.copyOf(conversation);
        recalled = List.copyOf(recalled);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(score, "score");
    }
}
