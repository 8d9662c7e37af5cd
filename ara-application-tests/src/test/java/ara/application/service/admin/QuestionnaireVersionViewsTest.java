package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.questionnaire.QuestionnaireVersion;
import ara.domain.questionnaire.QuestionnaireId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireVersionViewsTest {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Test
    void aVersionIsCurrentWhenTheCatalogStartsNewAuditsOnIt() {
        QuestionnaireVersionView view = QuestionnaireVersionViews.of(new QuestionnaireVersion(
                QuestionnaireId.of("classic"), 1, "Classic", 16, Optional.empty(), Optional.empty()), ports.catalog);

        assertThat(view.current()).isTrue();
        assertThat(view.id()).isEqualTo("classic");
        assertThat(view.title()).isEqualTo("Classic");
        assertThat(view.questions()).isEqualTo(16);
    }

    @Test
    void anotherVersionOrAnUnknownQuestionnaireIsNotCurrent() {
        QuestionnaireVersionView older = QuestionnaireVersionViews.of(new QuestionnaireVersion(
                QuestionnaireId.of("classic"), 7, "Classic", 16, Optional.of(InMemoryPorts.START),
                Optional.of("user:root")), ports.catalog);
        QuestionnaireVersionView unknown = QuestionnaireVersionViews.of(new QuestionnaireVersion(
                QuestionnaireId.of("nope"), 1, "Nope", 1, Optional.empty(), Optional.empty()), ports.catalog);

        assertThat(older.current()).isFalse();
        assertThat(older.publishedAt()).contains(InMemoryPorts.START);
        assertThat(older.publishedBy()).contains("user:root");
        assertThat(unknown.current()).isFalse();
    }
}
