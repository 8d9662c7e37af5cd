package ara.application.port.in.chat;

import ara.domain.questionnaire.StepId;

import java.util.List;
import java.util.Objects;

/** View: the step the prompts are for and the prompts, in the order to show them. */
public record ChatPromptsView(StepId step, List<String> prompts) {
    public ChatPromptsView {
        Objects.requireNonNull(step, "step");
        prompts = List.copyOf(prompts);
    }
}
