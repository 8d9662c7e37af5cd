package ara.application.port.in.scoring;

import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionnaireId;

import java.util.Objects;
import java.util.Optional;

/**
 * Command: the answers to score, and optionally which questionnaire and version (default: the default
 * questionnaire's current version).
 *
 * @param questionnaire the questionnaire, or {@code null} for the default one
 * @param version       the version, or {@code null} for the current one; at least 1
 */
public record ScoreAnswersCommand(QuestionnaireId questionnaire, Integer version, Answers answers) {
    public ScoreAnswersCommand {
        Objects.requireNonNull(answers, "answers");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
    }

    public Optional<QuestionnaireId> questionnaireId() {
        return Optional.ofNullable(questionnaire);
    }

    public Optional<Integer> requestedVersion() {
        return Optional.ofNullable(version);
    }
}
