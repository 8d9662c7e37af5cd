package ara.application.service.account;

import ara.application.fixture.AccessAssertions;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteAuditServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final DeleteAuditService service = new DeleteAuditService(ports.audits, ports.audits, ports.reports,
            ports.uploads, ports.storage, ports.idempotency, ports.log, ports.clock);
    private final StoredAudits stored = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final IdempotencyKeys keys = new IdempotencyKeys(ports.idempotency);

    private void assertDeletedAndLogged(Audit audit, Caller caller) {
        assertThat(ports.audits.find(audit.id())).isEmpty();
        AuditEvent event = ports.log.latest(1).getFirst();
        assertThat(event.action()).isEqualTo("audit.deleted");
        assertThat(event.actor()).isEqualTo(caller.actor());
        assertThat(event.target()).isEqualTo("audit:" + audit.id());
        assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
    }

    @Test
    void theOwnerDeletesTheirAuditWithItsReportsAndIdempotencyKeys() {
        Audit audit = stored.scoredOf(Callers.alice());
        Report report = reports.ready(audit);
        Audit other = stored.scoredOf(Callers.alice());
        keys.completeIn(IdempotencyScopes.user("alice"));
        keys.completeIn(IdempotencyScopes.user("bob"));

        service.delete(audit.id(), Callers.alice());

        assertDeletedAndLogged(audit, Callers.alice());
        assertThat(ports.reports.find(report.id())).isEmpty();
        assertThat(ports.storage.get(StoredReports.documentKey(report))).isEmpty();
        assertThat(ports.audits.find(other.id())).as("the owner's other audit").isPresent();
        assertThat(keys.replays(IdempotencyScopes.user("alice"))).isFalse();
        assertThat(keys.replays(IdempotencyScopes.user("bob"))).isTrue();
    }

    @Test
    void anAdminDeletesAnyonesAuditAndTheOwnersKeysGoWithIt() {
        Audit audit = stored.scoredOf(Callers.alice());
        keys.completeIn(IdempotencyScopes.user("alice"));

        service.delete(audit.id(), Callers.admin());

        assertDeletedAndLogged(audit, Callers.admin());
        assertThat(keys.replays(IdempotencyScopes.user("alice"))).isFalse();
    }

    @Test
    void aGuestDeletesTheAuditTheirTokenReaches() {
        GuestToken token = stored.newGuestToken();
        Audit audit = stored.scoredOfGuest(token);
        keys.completeIn(IdempotencyScopes.guest(token.hash()));

        service.delete(audit.id(), Callers.guest(token));

        assertDeletedAndLogged(audit, Callers.guest(token));
        assertThat(keys.replays(IdempotencyScopes.guest(token.hash()))).isFalse();
    }

    @Test
    void anotherUserIsDeniedAndTheAuditStays() {
        Audit audit = stored.scoredOf(Callers.alice());

        AccessAssertions.deniedAndLogged(ports.log, "user:bob", audit.id(),
                () -> service.delete(audit.id(), Callers.bob())).isInstanceOf(AuditNotFound.class);

        assertThat(ports.audits.find(audit.id())).isPresent();
    }

    @Test
    void anotherGuestIsDeniedAndTheAuditStays() {
        Audit audit = stored.scoredOfGuest(stored.newGuestToken());
        Caller stranger = Callers.guest(stored.newGuestToken());

        AccessAssertions.deniedAndLogged(ports.log, stranger.actor(), audit.id(),
                () -> service.delete(audit.id(), stranger)).isInstanceOf(AuditNotFound.class);

        assertThat(ports.audits.find(audit.id())).isPresent();
    }

    @Test
    void nobodyMustAuthenticateFirst() {
        Audit audit = stored.scoredOf(Callers.alice());

        AccessAssertions.mustAuthenticate(ports.log, () -> service.delete(audit.id(), Callers.anonymous()));

        assertThat(ports.audits.find(audit.id())).isPresent();
    }

    @Test
    void anUnknownOrAlreadyDeletedAuditIsNotFound() {
        AuditId unknown = ports.auditIds.next();
        Audit audit = stored.scoredOf(Callers.alice());
        service.delete(audit.id(), Callers.alice());

        assertThatThrownBy(() -> service.delete(unknown, Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
        assertThatThrownBy(() -> service.delete(audit.id(), Callers.alice()))
                .isInstanceOf(AuditNotFound.class);
    }
}
