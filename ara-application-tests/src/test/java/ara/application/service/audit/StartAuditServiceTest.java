package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.questionnaire.QuestionnaireId;
import org.junit.jupiter.api.Test;

import static ara.application.fixture.InMemoryPorts.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartAuditServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartAuditService service = new StartAuditService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.auditIds,
            ports.secrets, ports.log, ports.clock);

    @Test
    void aSignedInUserOwnsTheDraftAndGetsNoToken() {
        Caller alice = Callers.alice().from("req-1", "192.0.2.1");

        StartedAuditView started = service.start(new StartAuditCommand(null, "  Acme Corp ", alice));

        Audit audit = started.audit().audit();
        assertThat(started.issuedGuestToken()).isEmpty();
        assertThat(audit.owner()).contains(OwnerId.of(alice.user()));
        assertThat(audit.guestToken()).isEmpty();
        assertThat(audit.status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(audit.version()).isEqualTo(1);
        assertThat(audit.questionnaire()).isEqualTo(QuestionnaireId.of("classic"));
        assertThat(audit.questionnaireVersion()).isEqualTo(1);
        assertThat(audit.organizationName()).contains("Acme Corp");
        assertThat(audit.createdAt()).isEqualTo(START);
        assertThat(ports.audits.find(audit.id())).contains(audit);
        assertThat(ports.log.latest(10)).containsExactly(new AuditEvent(START, "user:alice", "audit.created",
                "audit:" + audit.id(), AuditEvent.SUCCESS, "req-1", "192.0.2.1"));
    }

    @Test
    void theViewShowsAnEmptyWizardOnTheFirstStep() {
        StartedAuditView started = service.start(new StartAuditCommand(null, null, Callers.bob()));

        assertThat(started.audit().definition().id()).isEqualTo(QuestionnaireId.of("classic"));
        assertThat(started.audit().progress().answered()).isZero();
        assertThat(started.audit().progress().total()).isEqualTo(16);
        assertThat(started.audit().progress().currentStep()).contains(ClassicAnswers.ORGANIZATION_OVERVIEW);
        assertThat(started.audit().warnings()).isEmpty();
        assertThat(started.audit().audit().organizationName()).isEmpty();
    }

    @Test
    void anyoneNotSignedInGetsAGuestDraftReachedOnlyByTheTokenShownOnce() {
        StartedAuditView started = service.start(new StartAuditCommand(null, null, Callers.anonymous()));

        GuestToken token = started.issuedGuestToken().orElseThrow();
        Audit audit = started.audit().audit();
        assertThat(audit.isGuestAudit()).isTrue();
        assertThat(audit.owner()).isEmpty();
        assertThat(audit.guestToken()).contains(token.hash());
        assertThat(ports.audits.findByGuestToken(token.hash())).contains(audit);
        assertThat(ports.log.count("audit.created", AuditEvent.SUCCESS)).isEqualTo(1);
        assertThat(ports.log.latest(1).getFirst().actor()).isEqualTo("anonymous");
    }

    @Test
    void aGuestStartingAgainGetsANewAuditAndANewToken() {
        GuestToken first = service.start(new StartAuditCommand(null, null, Callers.anonymous()))
                .issuedGuestToken().orElseThrow();

        StartedAuditView second = service.start(new StartAuditCommand(null, null, Callers.guest(first)));

        assertThat(second.issuedGuestToken()).hasValueSatisfying(token -> assertThat(token).isNotEqualTo(first));
        assertThat(ports.audits.findByGuestToken(first.hash()).map(Audit::id))
                .isNotEqualTo(ports.audits.findByGuestToken(second.guestToken().hash()).map(Audit::id));
    }

    @Test
    void startsANamedQuestionnaire() {
        StartedAuditView started = service.start(new StartAuditCommand(QuestionnaireId.of("classic"), null,
                Callers.alice()));

        assertThat(started.audit().audit().questionnaire()).isEqualTo(QuestionnaireId.of("classic"));
    }

    @Test
    void anUnknownQuestionnaireIsNotFoundAndNothingIsStarted() {
        assertThatThrownBy(() -> service.start(new StartAuditCommand(QuestionnaireId.of("nope"), null,
                Callers.alice())))
                .isInstanceOfSatisfying(QuestionnaireNotFound.class,
                        e -> assertThat(e.questionnaire()).isEqualTo(QuestionnaireId.of("nope")));

        assertThat(ports.audits.countByOwner(OwnerId.of(Callers.alice().user()))).isZero();
        assertThat(ports.log.latest(10)).isEmpty();
    }
}
