package ara.application.service.scoring;

import ara.application.port.in.scoring.ScoreAnswersCommand;
import ara.application.port.in.scoring.ScoreAnswersUseCase;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.domain.answer.AnswerShapes;
import ara.domain.answer.AnswerValidator;
import ara.domain.answer.Answers;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.ResultAssembler;
import ara.domain.scoring.ScoringScheme;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Service: scores answers without storing them. Thread-safe. */
public final class ScoreAnswersService implements ScoreAnswersUseCase {
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    public ScoreAnswersService(QuestionnaireCatalog catalog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditResult score(ScoreAnswersCommand command) {
        QuestionnaireId id = command.questionnaireId().orElseGet(catalog::defaultQuestionnaire);
        ScoringScheme scheme = command.requestedVersion()
                .map(version -> Schemes.version(catalog, id, version))
                .orElseGet(() -> Schemes.current(catalog, id));
        Answers answers = AnswerShapes.normalise(scheme.definition(), command.answers());
        List<Violation> violations = AnswerValidator.validate(scheme.definition(), answers);
        if (!violations.isEmpty()) {
            throw new AnswersRejected(violations);
        }
        return ResultAssembler.assemble(scheme, answers, clock.instant());
    }
}
