package ara.application.port.in.chat;

import ara.domain.questionnaire.StepId;

import java.io.Serial;

/** The step a chat message names is not a step of the audit's questionnaire. */
public final class ChatStepRejected extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient StepId step;

    public ChatStepRejected(StepId step) {
        super("step " + step + " is not a step of this audit's questionnaire");
        this.step = step;
    }

    public StepId step() {
        return step;
    }
}
