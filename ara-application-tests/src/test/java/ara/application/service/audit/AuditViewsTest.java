package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.audit.AuditView;
import ara.application.service.scoring.Schemes;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static ara.application.fixture.ClassicAnswers.choice;
import static ara.application.fixture.ClassicAnswers.choices;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final ScoringScheme scheme = Schemes.current(ports.catalog, QuestionnaireId.of("classic"));

    private Audit answered(Answers answers) {
        return Audit.start(new AuditId(UUID.randomUUID()), scheme, null, OwnerId.of(Callers.alice().user()),
                InMemoryPorts.START).answerAll(scheme, answers, InMemoryPorts.START);
    }

    @Test
    void anEmptyDraftHasNoScoreYetAndEveryCriticalQuestionMissing() {
        AuditView view = AuditViews.of(answered(Answers.none()), scheme, GuestSubmitPolicy.EMAIL);

        assertThat(view.definition()).isEqualTo(scheme.definition());
        assertThat(view.progress().answered()).isZero();
        assertThat(view.score().total().score()).isZero();
        assertThat(view.score().potential().score()).isPositive();
        assertThat(view.score().missingCritical()).isNotEmpty();
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void aCompleteAuditReachesItsFullProgressAndScore() {
        AuditView view = AuditViews.of(answered(ClassicAnswers.complete()), scheme, GuestSubmitPolicy.EMAIL);

        assertThat(view.progress().percent()).isEqualTo(100.0);
        assertThat(view.progress().readyToSubmit()).isTrue();
        assertThat(view.score().missingCritical()).isEmpty();
        assertThat(view.score().potential()).isEqualTo(view.score().total());
    }

    @Test
    void progressScoreAndWarningsAllSeeTheSameAnswers() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(ClassicAnswers.complete()
                .asMap());
        values.put(ClassicAnswers.COMPANY_SIZE, choice("startup"));
        values.put(QuestionId.of("api_architecture"), choice("microservices"));
        values.put(QuestionId.of("data_sensitivity"), choice("regulated"));
        values.put(QuestionId.of("security_practices"), choices("encryption"));

        AuditView view = AuditViews.of(answered(Answers.of(values)), scheme, GuestSubmitPolicy.EMAIL);

        assertThat(view.warnings()).extracting(Warning::code)
                .containsExactlyInAnyOrder("startup_with_microservices", "regulated_data_without_controls");
        assertThat(view.score().profileId()).isEqualTo("startup");
        assertThat(view.progress().readyToSubmit()).isTrue();
    }
}
