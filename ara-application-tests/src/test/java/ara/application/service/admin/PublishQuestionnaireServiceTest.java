package ara.application.service.admin;

import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.PublishQuestionnaireCommand;
import ara.application.port.in.admin.QuestionnaireVersionView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.questionnaire.QuestionnaireRejected;
import ara.application.port.out.questionnaire.QuestionnaireVersionTaken;
import ara.domain.questionnaire.QuestionnaireId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PublishQuestionnaireServiceTest {
    private static final String ADMIN = "user:root";

    private final InMemoryPorts ports = new InMemoryPorts();
    private final PublishingQuestionnaireCatalog catalog = new PublishingQuestionnaireCatalog(ports.catalog,
            new InMemoryPublishedDocuments(), ports.clock, PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
    private final PublishQuestionnaireService service = new PublishQuestionnaireService(catalog, catalog, ports.log,
            ports.clock);

    @Test
    void publishesANewVersionThatBecomesCurrentAndLogsIt() {
        QuestionnaireVersionView view = service.publish(new PublishQuestionnaireCommand(CatalogDocuments.classic(2),
                ADMIN));

        assertThat(view.id()).isEqualTo("classic");
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.current()).isTrue();
        assertThat(view.questions()).isEqualTo(16);
        assertThat(view.publishedAt()).contains(InMemoryPorts.START);
        assertThat(view.publishedBy()).contains(ADMIN);
        assertThat(catalog.current(QuestionnaireId.of("classic")))
                .map(scheme -> scheme.definition().version()).contains(2);
        AuditEvent event = ports.log.latest(1).getFirst();
        assertThat(event.action()).isEqualTo("questionnaire.published");
        assertThat(event.target()).isEqualTo("questionnaire:classic:v2");
        assertThat(event.actor()).isEqualTo(ADMIN);
        assertThat(event.at()).isEqualTo(InMemoryPorts.START);
    }

    @Test
    void theOlderVersionStaysReadableForTheAuditsPinnedToIt() {
        service.publish(new PublishQuestionnaireCommand(CatalogDocuments.classic(2), ADMIN));

        assertThat(catalog.find(QuestionnaireId.of("classic"), 1)).isPresent();
    }

    @Test
    void rejectsAnInvalidDocumentNamingTheElementAndLogsNothing() {
        byte[] broken = CatalogDocuments.shippedClassic().replaceFirst("\"version\"\\s*:\\s*1,", "\"version\": 2,")
                .replaceFirst("\"title\": \"Agent Readiness Audit\",", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.publish(new PublishQuestionnaireCommand(broken, ADMIN)))
                .isInstanceOfSatisfying(QuestionnaireRejected.class,
                        e -> assertThat(e.element()).isNotBlank());
        assertThatThrownBy(() -> service.publish(new PublishQuestionnaireCommand(
                "not json".getBytes(StandardCharsets.UTF_8), ADMIN))).isInstanceOf(QuestionnaireRejected.class);
        assertThat(ports.log.latest(10)).isEmpty();
        assertThat(catalog.versions()).as("only the two shipped questionnaires")
                .extracting(v -> v.id().value(), v -> v.version())
                .containsExactly(tuple("classic", 1), tuple("full", 1));
    }

    @Test
    void rejectsAVersionThatIsNotNew() {
        service.publish(new PublishQuestionnaireCommand(CatalogDocuments.classic(2), ADMIN));

        assertThatThrownBy(() -> service.publish(new PublishQuestionnaireCommand(CatalogDocuments.classic(2), ADMIN)))
                .isInstanceOf(QuestionnaireVersionTaken.class);
        assertThatThrownBy(() -> service.publish(new PublishQuestionnaireCommand(CatalogDocuments.classic(1), ADMIN)))
                .as("the shipped version cannot be replaced").isInstanceOf(QuestionnaireVersionTaken.class);
        assertThat(ports.log.latest(10)).hasSize(1);
        assertThat(catalog.versions()).filteredOn(v -> v.id().value().equals("classic"))
                .extracting(v -> v.publishedBy()).containsExactly(Optional.empty(), Optional.of(ADMIN));
    }
}
