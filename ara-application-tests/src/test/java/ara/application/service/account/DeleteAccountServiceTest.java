package ara.application.service.account;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.in.account.DeletedAccountView;
import ara.application.port.out.auditlog.ActorPseudonyms;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteAccountServiceTest {
    private static final ActorPseudonyms PSEUDONYMS = actor -> "pseudonym:" + actor.length();

    private final InMemoryPorts ports = new InMemoryPorts();
    private final DeleteAccountService service = new DeleteAccountService(ports.audits, ports.audits, ports.reports,
            ports.uploads, ports.storage, ports.idempotency, ports.users, ports.log, PSEUDONYMS, ports.clock);
    private final StoredAudits stored = new StoredAudits(ports);
    private final IdempotencyKeys keys = new IdempotencyKeys(ports.idempotency);

    private void seen(Caller user) {
        ports.users.recordSighting(user.signedIn().orElseThrow(), ports.clock.instant());
    }

    @Test
    void erasesEveryAuditOfTheCallerAndTheirReportsButNoOneElses() {
        Audit first = stored.scoredOf(Callers.alice());
        Audit second = stored.draftOf(Callers.alice());
        Report report = new StoredReports(ports).ready(first);
        Audit bobs = stored.scoredOf(Callers.bob());

        DeletedAccountView view = service.delete(Callers.alice());

        assertThat(view.audits()).isEqualTo(2);
        assertThat(ports.audits.find(first.id())).isEmpty();
        assertThat(ports.audits.find(second.id())).isEmpty();
        assertThat(ports.reports.find(report.id())).isEmpty();
        assertThat(ports.storage.get(StoredReports.documentKey(report))).isEmpty();
        assertThat(ports.audits.find(bobs.id())).isPresent();
    }

    @Test
    void erasesMoreAuditsThanOnePage() {
        List<AuditId> ids = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            ids.add(stored.draftOf(Callers.alice()).id());
        }

        assertThat(service.delete(Callers.alice()).audits()).isEqualTo(205);

        assertThat(ports.audits.findByOwner(new OwnerId("alice"), 0, 10)).isEmpty();
        assertThat(ids).allSatisfy(id -> assertThat(ports.audits.find(id)).isEmpty());
    }

    @Test
    void deletesTheUserRecordAndTheirIdempotencyKeys() {
        seen(Callers.alice());
        seen(Callers.bob());
        keys.completeIn(IdempotencyScopes.user("alice"));
        keys.completeIn(IdempotencyScopes.user("bob"));

        service.delete(Callers.alice());

        assertThat(ports.users.find("alice")).isEmpty();
        assertThat(ports.users.find("bob")).isPresent();
        assertThat(keys.replays(IdempotencyScopes.user("alice"))).isFalse();
        assertThat(keys.replays(IdempotencyScopes.user("bob"))).isTrue();
    }

    @Test
    void logsTheDeletionAndPseudonymizesTheCallerInEveryEntry() {
        StartedAudits started = new StartedAudits(ports);
        started.startedBy(Callers.alice());
        started.startedBy(Callers.alice());
        started.startedBy(Callers.bob());
        String alice = Callers.alice().actor();

        DeletedAccountView view = service.delete(Callers.alice());

        List<AuditEvent> log = ports.log.latest(Integer.MAX_VALUE);
        assertThat(view.auditLogEntries()).as("two audit.created and the account.deleted").isEqualTo(3);
        assertThat(log).extracting(AuditEvent::actor).doesNotContain(alice)
                .contains(Callers.bob().actor());
        AuditEvent deleted = log.getFirst();
        assertThat(deleted.action()).isEqualTo("account.deleted");
        assertThat(deleted.actor()).isEqualTo(PSEUDONYMS.of(alice));
        assertThat(deleted.outcome()).isEqualTo(AuditEvent.SUCCESS);
        assertThat(log).filteredOn(event -> event.actor().equals(PSEUDONYMS.of(alice))).hasSize(3);
    }

    @Test
    void anAccountWithoutAuditsIsStillErased() {
        seen(Callers.alice());

        DeletedAccountView view = service.delete(Callers.alice());

        assertThat(view.audits()).isZero();
        assertThat(view.auditLogEntries()).isEqualTo(1);
        assertThat(ports.users.find("alice")).isEmpty();
    }

    @Test
    void onlyASignedInCallerHasAnAccount() {
        Audit guests = stored.scoredOfGuest(stored.newGuestToken());

        assertThatThrownBy(() -> service.delete(Callers.anonymous())).isInstanceOf(AuthenticationRequired.class);
        assertThatThrownBy(() -> service.delete(Callers.guest(stored.newGuestToken())))
                .isInstanceOf(AuthenticationRequired.class);
        assertThat(ports.audits.find(guests.id())).isPresent();
        assertThat(ports.log.latest(10)).isEmpty();
    }
}
