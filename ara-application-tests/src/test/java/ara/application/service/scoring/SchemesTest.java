package ara.application.service.scoring;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemesTest {
    private static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");

    private final InMemoryPorts ports = new InMemoryPorts();

    @Test
    void findsTheCurrentAndAPublishedVersion() {
        ScoringScheme current = Schemes.current(ports.catalog, CLASSIC);

        assertThat(current.definition().id()).isEqualTo(CLASSIC);
        assertThat(Schemes.version(ports.catalog, CLASSIC, current.definition().version()))
                .isEqualTo(current);
    }

    @Test
    void turnsAbsenceIntoQuestionnaireNotFound() {
        assertThatThrownBy(() -> Schemes.current(ports.catalog, QuestionnaireId.of("nope")))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class, e -> assertThat(e.version()).isNull());
        assertThatThrownBy(() -> Schemes.version(ports.catalog, CLASSIC, 9))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class, e -> assertThat(e.version()).isEqualTo(9));
    }

    @Test
    void givesTheSchemeAnAuditIsPinnedTo() {
        ScoringScheme current = Schemes.current(ports.catalog, CLASSIC);
        Audit audit = Audit.start(new AuditId(UUID.randomUUID()), current, null, OwnerId.of(Callers.alice().user()),
                InMemoryPorts.START);

        assertThat(Schemes.of(ports.catalog, audit)).isEqualTo(current);
    }

    @Test
    void anAuditPinnedToAScoringVersionTheCatalogDoesNotPublishIsAnInconsistency() {
        Audit started = Audit.start(new AuditId(UUID.randomUUID()), Schemes.current(ports.catalog, CLASSIC), null,
                OwnerId.of(Callers.alice().user()), InMemoryPorts.START);
        Audit repinned = Audit.reload(started.snapshot().toBuilder().scoringVersion(2).build());

        assertThatThrownBy(() -> Schemes.of(ports.catalog, repinned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scoring v2");
    }

    @Test
    void anAuditPinnedToAWithdrawnQuestionnaireVersionIsNotFound() {
        Audit started = Audit.start(new AuditId(UUID.randomUUID()), Schemes.current(ports.catalog, CLASSIC), null,
                OwnerId.of(Callers.alice().user()), InMemoryPorts.START);
        Audit withdrawn = Audit.reload(started.snapshot().toBuilder().questionnaireVersion(7).build());

        assertThatThrownBy(() -> Schemes.of(ports.catalog, withdrawn))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class, e -> assertThat(e.version()).isEqualTo(7));
    }
}
