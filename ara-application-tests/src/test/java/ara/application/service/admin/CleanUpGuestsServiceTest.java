package ara.application.service.admin;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import ara.domain.identity.EmailAddress;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanUpGuestsServiceTest {
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final CleanUpCommand RUN = new CleanUpCommand(false, "scheduler");
    private static final CleanUpCommand DRY_RUN = new CleanUpCommand(true, "user:root");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingObjectStorage storage = new RecordingObjectStorage(ports.storage);
    private final CleanUpGuestsService service = instance("instance-a");
    private final StartedAudits audits = new StartedAudits(ports);

    private CleanUpGuestsService instance(String holder) {
        return new CleanUpGuestsService(ports.audits, GuestRetention.DEFAULT, ports.reports, ports.uploads, storage,
                ports.lease, holder, ports.log, ports.clock);
    }

    private Report readyReport(AuditId audit) {
        return new StoredReports(ports).ready(audits.stored(audit));
    }

    private ObjectKey upload(AuditId audit) {
        return new StoredUploads(ports).issuedTo(audits.stored(audit));
    }

    @Test
    void deletesExpiredGuestAuditsWithTheirReportsUploadsAndStoredObjects() {
        AuditId expired = audits.startedByGuest().id();
        ObjectKey document = StoredReports.documentKey(readyReport(expired));
        ObjectKey logo = upload(expired);
        AuditId owned = audits.startedBy(Callers.alice());
        ports.clock.advance(THIRTY_DAYS.minusDays(10));
        AuditId recent = audits.startedByGuest().id();
        ports.clock.advance(Duration.ofDays(10));

        CleanupView view = service.cleanUp(RUN);

        assertThat(view.job()).isEqualTo(CleanUpGuestsUseCase.JOB);
        assertThat(view.dryRun()).isFalse();
        assertThat(view.ranAt()).isEqualTo(ports.clock.instant());
        assertThat(view.count()).isEqualTo(1);
        assertThat(view.ids()).containsExactly(expired.toString());
        assertThat(view.objects()).isEqualTo(2);
        assertThat(view.more()).isFalse();
        assertThat(storage.deleted()).containsExactlyInAnyOrder(document, logo);
        assertThat(ports.audits.find(expired)).isEmpty();
        assertThat(ports.reports.findByAudit(expired)).isEmpty();
        assertThat(ports.uploads.findByAudit(expired)).isEmpty();
        assertThat(ports.audits.find(owned)).as("user audits never expire").isPresent();
        assertThat(ports.audits.find(recent)).isPresent();
    }

    @Test
    void logsOneGuestCleanupEventNamingTheActor() {
        audits.startedByGuest().id();
        ports.clock.advance(THIRTY_DAYS);

        service.cleanUp(RUN);

        AuditEvent event = ports.log.latest(1).getFirst();
        assertThat(event.action()).isEqualTo("maintenance.guest_cleanup");
        assertThat(event.actor()).isEqualTo("scheduler");
        assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        assertThat(event.at()).isEqualTo(ports.clock.instant());
    }

    @Test
    void keepsAGuestAuditWithAnEmailForNinetyDays() {
        AuditId withEmail = audits.startedByGuest().id();
        ports.audits.update(withEmail, audit -> audit.withGuestEmail(new EmailAddress("guest@example.org"),
                ports.clock.instant()));

        ports.clock.advance(THIRTY_DAYS);
        assertThat(service.cleanUp(RUN).count()).isZero();
        assertThat(ports.audits.find(withEmail)).isPresent();

        ports.clock.advance(Duration.ofDays(60));
        assertThat(service.cleanUp(RUN).ids()).containsExactly(withEmail.toString());
    }

    @Test
    void aDryRunListsWhatWouldGoAndDeletesNothing() {
        AuditId expired = audits.startedByGuest().id();
        readyReport(expired);
        upload(expired);
        ports.clock.advance(THIRTY_DAYS);
        int events = ports.log.latest(100).size();

        CleanupView view = service.cleanUp(DRY_RUN);

        assertThat(view.dryRun()).isTrue();
        assertThat(view.count()).isEqualTo(1);
        assertThat(view.objects()).isEqualTo(2);
        assertThat(view.ids()).containsExactly(expired.toString());
        assertThat(ports.audits.find(expired)).isPresent();
        assertThat(ports.reports.findByAudit(expired)).hasSize(1);
        assertThat(ports.uploads.findByAudit(expired)).hasSize(1);
        assertThat(storage.deleted()).isEmpty();
        assertThat(ports.log.latest(100)).hasSize(events);
    }

    @Test
    void isBusyWhileAnotherInstanceHoldsTheLeaseButStillDryRuns() {
        AuditId expired = audits.startedByGuest().id();
        ports.clock.advance(THIRTY_DAYS);
        ports.lease.tryAcquire(CleanUpGuestsUseCase.JOB, "instance-b", ports.clock.instant(), MaintenanceRun.LEASE);

        assertThatThrownBy(() -> service.cleanUp(RUN))
                .isInstanceOfSatisfying(MaintenanceBusy.class,
                        e -> assertThat(e.job()).isEqualTo(CleanUpGuestsUseCase.JOB));
        assertThat(ports.audits.find(expired)).isPresent();
        assertThat(service.cleanUp(DRY_RUN).count()).isEqualTo(1);

        ports.clock.advance(MaintenanceRun.LEASE);
        assertThat(service.cleanUp(RUN).count()).as("a crashed holder's lease lapses").isEqualTo(1);
    }

    @Test
    void releasesTheLeaseSoThatAnotherInstanceRunsNext() {
        audits.startedByGuest().id();
        ports.clock.advance(THIRTY_DAYS);
        service.cleanUp(RUN);

        assertThat(instance("instance-b").cleanUp(RUN).count()).isZero();
    }

    @Test
    void anObjectThatCannotBeDeletedIsLeftToTheStoragesLifecycleRule() {
        AuditId expired = audits.startedByGuest().id();
        ObjectKey document = StoredReports.documentKey(readyReport(expired));
        ObjectKey logo = upload(expired);
        storage.failOn(logo);
        ports.clock.advance(THIRTY_DAYS);

        CleanupView view = service.cleanUp(RUN);

        assertThat(view.count()).isEqualTo(1);
        assertThat(view.objects()).isEqualTo(1);
        assertThat(storage.deleted()).containsExactly(document);
        assertThat(ports.audits.find(expired)).isEmpty();
        assertThat(ports.uploads.findByAudit(expired)).as("the record goes with the audit").isEmpty();
    }

    @Test
    void deletesAtMostOneBatchPerRunAndSaysThatMoreAreWaiting() {
        for (int i = 0; i <= CleanUpGuestsService.PER_RUN; i++) {
            audits.startedByGuest().id();
        }
        ports.clock.advance(THIRTY_DAYS);

        CleanupView first = service.cleanUp(RUN);
        CleanupView second = service.cleanUp(RUN);

        assertThat(first.count()).isEqualTo(CleanUpGuestsService.PER_RUN);
        assertThat(first.more()).isTrue();
        assertThat(second.count()).isEqualTo(1);
        assertThat(second.more()).isFalse();
        assertThat(ports.audits.guestAudits()).isZero();
    }
}
