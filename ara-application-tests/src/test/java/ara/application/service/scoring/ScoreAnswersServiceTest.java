package ara.application.service.scoring;

import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.in.scoring.ScoreAnswersCommand;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.COMPLIANCE_REQUIREMENTS;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static ara.application.fixture.ClassicAnswers.choice;
import static ara.application.fixture.ClassicAnswers.choices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ScoreAnswersServiceTest {
    private static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final ScoreAnswersService service = new ScoreAnswersService(ports.catalog, ports.clock);

    @Test
    void scoresCompleteAnswersOnTheDefaultQuestionnairesCurrentVersion() {
        ports.clock.advance(Duration.ofMinutes(5));

        AuditResult result = service.score(new ScoreAnswersCommand(null, null, ClassicAnswers.complete()));

        assertThat(result.questionnaire()).isEqualTo(CLASSIC);
        assertThat(result.questionnaireVersion()).isEqualTo(1);
        assertThat(result.scoringVersion()).isEqualTo(1);
        assertThat(result.calculatedAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofMinutes(5)));
        assertThat(result.pillars()).hasSize(4);
        assertThat(result.scoreCard().total().percent()).isBetween(1.0, 100.0);
        assertThat(result.scoreCard().missingCritical()).isEmpty();
    }

    @Test
    void scoresANamedQuestionnaireAndVersionAsTheDefaults() {
        AuditResult named = service.score(new ScoreAnswersCommand(CLASSIC, 1, ClassicAnswers.complete()));

        assertThat(named).isEqualTo(service.score(new ScoreAnswersCommand(null, null, ClassicAnswers.complete())));
    }

    @Test
    void scoresPartialAnswersBelowCompleteOnes() {
        AuditResult partial = service.score(new ScoreAnswersCommand(null, null, ClassicAnswers.firstStep()));
        AuditResult complete = service.score(new ScoreAnswersCommand(null, null, ClassicAnswers.complete()));

        assertThat(partial.scoreCard().total().score()).isLessThan(complete.scoreCard().total().score());
        assertThat(partial.scoreCard().missingCritical()).isNotEmpty();
    }

    @Test
    void acceptsASingleChoiceSentAsText() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(ClassicAnswers.complete().asMap());
        values.put(COMPANY_SIZE, new AnswerValue.Text("medium"));

        AuditResult asText = service.score(new ScoreAnswersCommand(null, null, Answers.of(values)));

        assertThat(asText).isEqualTo(service.score(new ScoreAnswersCommand(null, null, ClassicAnswers.complete())));
    }

    @Test
    void rejectsEveryInvalidAnswerAtOnce() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(ClassicAnswers.complete().asMap());
        values.put(COMPANY_SIZE, choice("gigantic"));
        values.put(TECH_STACK_MATURITY, new AnswerValue.Number(11));
        values.put(COMPLIANCE_REQUIREMENTS, choices("none", "gdpr"));
        values.put(QuestionId.of("favourite_colour"), choice("blue"));

        assertThatThrownBy(() -> service.score(new ScoreAnswersCommand(null, null, Answers.of(values))))
                .isInstanceOfSatisfying(AnswersRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(
                                tuple("company_size", Violation.UNKNOWN_OPTION),
                                tuple("tech_stack_maturity", Violation.OUT_OF_RANGE),
                                tuple("compliance_requirements", Violation.EXCLUSIVE_OPTION_COMBINED),
                                tuple("favourite_colour", Violation.UNKNOWN_QUESTION)));
    }

    @Test
    void unknownQuestionnaireIsNotFound() {
        assertThatThrownBy(() -> service.score(new ScoreAnswersCommand(QuestionnaireId.of("nope"), null,
                Answers.none())))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class, e -> {
                    assertThat(e.questionnaire()).isEqualTo(QuestionnaireId.of("nope"));
                    assertThat(e.version()).isNull();
                });
    }

    @Test
    void unknownVersionIsNotFound() {
        assertThatThrownBy(() -> service.score(new ScoreAnswersCommand(CLASSIC, 2, ClassicAnswers.complete())))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class, e -> assertThat(e.version()).isEqualTo(2));
    }
}
