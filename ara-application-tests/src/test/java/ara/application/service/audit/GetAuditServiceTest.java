package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.AuditView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.logic.Warning;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetAuditServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final GetAuditService service = new GetAuditService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.log, ports.clock);
    private final Caller alice = Callers.alice();
    private final AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.firstStep());

    @Test
    void theOwnerReadsTheAuditWithProgressAndPartialScore() {
        AuditView view = service.get(audit, alice);

        assertThat(view.audit()).isEqualTo(drafts.stored(audit));
        assertThat(view.definition().id()).isEqualTo(view.audit().questionnaire());
        assertThat(view.progress().completedStepIds()).containsExactly(ClassicAnswers.ORGANIZATION_OVERVIEW);
        assertThat(view.progress().answered()).isEqualTo(3);
        assertThat(view.score().total().score()).isPositive();
        assertThat(view.score().potential().score()).isGreaterThan(view.score().total().score());
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void showsTheCrossQuestionWarningsOfTheAnswers() {
        drafts.answered(audit, alice, Answers.of(Map.of(INDUSTRY, choice("healthcare"),
                ClassicAnswers.COMPLIANCE_REQUIREMENTS, ClassicAnswers.choices("gdpr"))));

        AuditView view = service.get(audit, alice);

        assertThat(view.warnings()).extracting(Warning::code).containsExactly("healthcare_without_hipaa");
        assertThat(view.warnings().getFirst().missing()).containsExactly("hipaa");
    }

    @Test
    void anAdminReadsAnyAudit() {
        assertThat(service.get(audit, Callers.admin()).audit().id()).isEqualTo(audit);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isZero();
    }

    @Test
    void aGuestReadsTheAuditOfTheirTokenOnly() {
        GuestDraft guest = drafts.startedByGuest();
        GuestDraft other = drafts.startedByGuest();

        assertThat(service.get(guest.id(), guest.caller()).audit().id()).isEqualTo(guest.id());
        assertThatThrownBy(() -> service.get(guest.id(), other.caller())).isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.get(audit, guest.caller())).isInstanceOf(AuditNotFound.class);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(2);
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        Caller bob = Callers.bob().from("req-3", "192.0.2.99");

        assertThatThrownBy(() -> service.get(audit, bob))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(audit));

        assertThat(ports.log.latest(1)).containsExactly(new AuditEvent(InMemoryPorts.START, "user:bob",
                "access.denied", "audit:" + audit, AuditEvent.DENIED, "req-3", "192.0.2.99"));
    }

    @Test
    void anAnonymousCallerMustAuthenticateBeforeTheLookUp() {
        mustAuthenticate(ports.log, () -> service.get(audit, Callers.anonymous()));
        mustAuthenticate(ports.log, () -> service.get(new AuditId(UUID.randomUUID()), Callers.anonymous()));
    }

    @Test
    void anUnknownAuditIsNotFoundWithoutADenial() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.get(unknown, alice))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isZero();
    }
}
