package ara.application.service.questionnaire;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetQuestionnaireServiceTest {
    private static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final GetQuestionnaireService service = new GetQuestionnaireService(ports.catalog);

    @Test
    void currentIsTheCatalogsDefaultQuestionnaire() {
        QuestionnaireDefinition current = service.current();

        assertThat(current.id()).isEqualTo(CLASSIC);
        assertThat(current.version()).isEqualTo(1);
        assertThat(service.current(CLASSIC)).isEqualTo(current);
    }

    @Test
    void readsAPublishedVersion() {
        assertThat(service.version(CLASSIC, 1).version()).isEqualTo(1);
    }

    @Test
    void unknownQuestionnaireIsNotFound() {
        assertThatThrownBy(() -> service.current(QuestionnaireId.of("nope")))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class,
                        e -> assertThat(e.questionnaire()).isEqualTo(QuestionnaireId.of("nope")));
    }

    @Test
    void unknownVersionIsNotFound() {
        assertThatThrownBy(() -> service.version(CLASSIC, 99))
                .isInstanceOf(QuestionnaireNotFound.class)
                .hasMessageContaining("version 99");
    }
}
