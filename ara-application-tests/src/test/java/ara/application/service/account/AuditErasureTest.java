package ara.application.service.account;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.idempotency.IdempotencyScopes;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditErasureTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final AuditErasure erasure = new AuditErasure(ports.audits, ports.reports, ports.uploads, ports.storage,
            ports.idempotency);
    private final StoredAudits stored = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final IdempotencyKeys keys = new IdempotencyKeys(ports.idempotency);

    @Test
    void erasesTheAuditItsReportsAndTheirDocuments() {
        Audit audit = stored.scoredOf(Callers.alice());
        Report report = reports.ready(audit);
        Audit kept = stored.scoredOf(Callers.alice());
        Report keptReport = reports.ready(kept);

        assertThat(erasure.erase(audit)).isTrue();

        assertThat(ports.audits.find(audit.id())).isEmpty();
        assertThat(ports.reports.find(report.id())).isEmpty();
        assertThat(ports.storage.get(StoredReports.documentKey(report))).isEmpty();
        assertThat(ports.audits.find(kept.id())).isPresent();
        assertThat(ports.reports.find(keptReport.id())).isPresent();
        assertThat(ports.storage.get(StoredReports.documentKey(keptReport))).isPresent();
    }

    @Test
    void saysWhenTheAuditWasAlreadyGone() {
        Audit audit = stored.scoredOf(Callers.alice());
        erasure.erase(audit);

        assertThat(erasure.erase(audit)).isFalse();
    }

    @Test
    void forgetsTheIdempotencyKeysOfAGuestAuditsToken() {
        GuestToken token = stored.newGuestToken();
        GuestToken other = stored.newGuestToken();
        Audit audit = stored.scoredOfGuest(token);
        keys.completeIn(IdempotencyScopes.guest(token.hash()));
        keys.completeIn(IdempotencyScopes.guest(other.hash()));

        erasure.erase(audit);

        assertThat(keys.replays(IdempotencyScopes.guest(token.hash()))).isFalse();
        assertThat(keys.replays(IdempotencyScopes.guest(other.hash()))).isTrue();
    }

    @Test
    void erasingAUsersAuditLeavesTheirKeysToTheCaller() {
        Audit audit = stored.scoredOf(Callers.alice());
        keys.completeIn(IdempotencyScopes.user("alice"));

        erasure.erase(audit);

        assertThat(keys.replays(IdempotencyScopes.user("alice"))).isTrue();
    }

    @Test
    void forgetsOneUsersKeys() {
        keys.completeIn(IdempotencyScopes.user("alice"));
        keys.completeIn(IdempotencyScopes.user("bob"));

        erasure.forgetKeysOf("alice");

        assertThat(keys.replays(IdempotencyScopes.user("alice"))).isFalse();
        assertThat(keys.replays(IdempotencyScopes.user("bob"))).isTrue();
    }
}
