package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.AuditNotScored;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.identity.Caller;
import ara.domain.result.AuditResult;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetResultServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final GetResultService service = new GetResultService(ports.audits, ports.log, ports.clock);
    private final Caller alice = Callers.alice();
    private final AuditId scored = drafts.scoredBy(alice);

    @Test
    void theOwnerReadsTheStoredResult() {
        AuditResult result = service.result(scored, alice);

        assertThat(drafts.stored(scored).result()).contains(result);
        assertThat(result.recommendations()).isNotEmpty();
    }

    @Test
    void anAdminReadsAnyResult() {
        assertThat(service.result(scored, Callers.admin())).isEqualTo(service.result(scored, alice));
    }

    @Test
    void aDraftHasNoResultYet() {
        AuditId draft = drafts.startedBy(alice);

        assertThatThrownBy(() -> service.result(draft, alice))
                .isInstanceOfSatisfying(AuditNotScored.class, e -> {
                    assertThat(e.auditId()).isEqualTo(draft);
                    assertThat(e.status()).isEqualTo(AuditStatus.DRAFT);
                });
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", scored, () -> service.result(scored, Callers.bob()))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void aStrangerLearnsNothingOfADraftEither() {
        AuditId draft = drafts.startedBy(alice);

        assertThatThrownBy(() -> service.result(draft, Callers.bob())).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void aGuestReadsTheResultOfTheirTokensAuditOnly() {
        GuestDraft guest = drafts.startedByGuest();

        assertThatThrownBy(() -> service.result(scored, guest.caller())).isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.result(guest.id(), guest.caller())).isInstanceOf(AuditNotScored.class);
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service.result(scored, Callers.anonymous()));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.result(unknown, alice))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }
}
