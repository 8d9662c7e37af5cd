package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.RecordingAuditMetrics;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.out.report.ReportContent;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StoredContent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditStatus;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportLease;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report worker's service over the in-memory reports (as its job queue), audits and storage, with a renderer
 * that renders fixed bytes or fails on demand: claim → render → store → ready; retries with the policy's back-off;
 * failing for good; lapsed leases taken over; renewing leases; jobs cancelled or deleted under a worker.
 */
class RunReportJobServiceTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final ReportRetryPolicy POLICY = new ReportRetryPolicy(3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    private static final byte[] PNG = StoredUploads.png();

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredUploads uploads = new StoredUploads(ports);
    private final FixedPdfRenderer renderer = new FixedPdfRenderer();
    private final RecordingAuditMetrics metrics = new RecordingAuditMetrics();
    private final RunReportJobService service = new RunReportJobService(ports.catalog, ports.audits, ports.reports,
            ports.reports, ports.storage, renderer, POLICY, LEASE, metrics, ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private Report requested(ReportTemplate template, ReportOptions options) {
        return ports.reports.createUnlessActive(Report.request(new ReportId(ports.ids.next()), alices.id(), template,
                options, ports.clock.instant()));
    }

    private Report requested() {
        return requested(ReportTemplate.EXECUTIVE, new ReportOptions("Acme EU", null, null));
    }

    private Report current(Report report) {
        return ports.reports.find(report.id()).orElseThrow();
    }

    private Optional<StoredContent> documentOf(Report report) {
        return ports.storage.get(ObjectKey.report(report.auditId(), report.id().value()));
    }

    @Test
    void claimsRendersStoresAndFinishesAJob() {
        Report report = requested();

        Report ran = service.runNext("worker-1").orElseThrow();

        assertThat(ran.id()).isEqualTo(report.id());
        assertThat(ran.status()).isEqualTo(ReportStatus.READY);
        assertThat(ran.attempts()).isEqualTo(1);
        assertThat(ran.lease()).isEmpty();
        ReportContent rendered = renderer.rendered().getFirst();
        assertThat(rendered.audit().id()).isEqualTo(alices.id());
        assertThat(rendered.template()).isEqualTo(ReportTemplate.EXECUTIVE);
        assertThat(rendered.organizationName()).contains("Acme EU");
        assertThat(rendered.generatedAt()).isEqualTo(InMemoryPorts.START);
        StoredContent document = documentOf(report).orElseThrow();
        assertThat(document.content()).isEqualTo(FixedPdfRenderer.document(rendered));
        assertThat(document.contentType()).isEqualTo(ContentType.PDF);
        assertThat(document.metadata()).isEqualTo(ObjectMetadata.of(Map.of("audit", alices.id().toString(),
                "report", report.id().toString(), "template", "executive")));
        assertThat(ran.file()).contains(new ReportFile("reports/" + alices.id() + "/" + report.id() + ".pdf",
                document.size(), document.sha256(), "application/pdf"));
        assertThat(ports.audits.find(alices.id()).orElseThrow().status()).isEqualTo(AuditStatus.REPORT_READY);
        assertThat(metrics.calls()).containsExactly("reportGenerated(executive, success)");
    }

    @Test
    void withNothingDueThereIsNothingToRun() {
        assertThat(service.runNext("worker-1")).isEmpty();

        requested();
        service.runNext("worker-1");

        assertThat(service.runNext("worker-1")).as("the one job is done").isEmpty();
        assertThat(metrics.calls()).hasSize(1);
    }

    @Test
    void aSecondReportLeavesTheAuditAsItWas() {
        requested();
        service.runNext("worker-1");
        long version = ports.audits.find(alices.id()).orElseThrow().version();
        requested(ReportTemplate.TECHNICAL, ReportOptions.none());

        assertThat(service.runNext("worker-1").orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(ports.audits.find(alices.id()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aRendererFailureIsRetriedAfterTheBackOffThenSucceeds() {
        Report report = requested();
        renderer.failNext(1);

        Report failed = service.runNext("worker-1").orElseThrow();

        assertThat(failed.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("the document could not be rendered");
        assertThat(failed.nextAttemptAt()).contains(InMemoryPorts.START.plusSeconds(10));
        assertThat(documentOf(report)).isEmpty();
        assertThat(metrics.calls()).isEmpty();

        ports.clock.advance(Duration.ofSeconds(9));
        assertThat(service.runNext("worker-1")).as("still backing off").isEmpty();
        ports.clock.advance(Duration.ofSeconds(1));
        Report ready = service.runNext("worker-2").orElseThrow();

        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.attempts()).isEqualTo(2);
        assertThat(documentOf(report)).isPresent();
        assertThat(metrics.calls()).containsExactly("reportGenerated(executive, success)");
    }

    @Test
    void aRendererThatKeepsFailingFailsTheJobWhenItsAttemptsRunOut() {
        Report report = requested();
        renderer.failNext(POLICY.maxAttempts());

        service.runNext("worker-1");
        ports.clock.advance(POLICY.delayAfter(1));
        Instant secondAttempt = ports.clock.instant();
        Report second = service.runNext("worker-1").orElseThrow();
        ports.clock.advance(POLICY.delayAfter(2));
        Report last = service.runNext("worker-1").orElseThrow();

        assertThat(second.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(second.nextAttemptAt()).as("the back-off doubles").contains(secondAttempt.plusSeconds(20));
        assertThat(last.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.lastError()).contains("gave up after 3 attempts: the document could not be rendered");
        assertThat(current(report).status()).isEqualTo(ReportStatus.FAILED);
        assertThat(renderer.rendered()).hasSize(3);
        assertThat(metrics.calls()).containsExactly("reportGenerated(executive, failure)");
        ports.clock.advance(Duration.ofDays(1));
        assertThat(service.runNext("worker-1")).as("a failed job is never due").isEmpty();
    }

    @Test
    void aStorageOutageIsRetriedAndTheJobCompletesOnceTheStorageIsBack() {
        Report report = requested();
        ports.storage.health(StorageHealth.down("test outage"));

        Report failed = service.runNext("worker-1").orElseThrow();

        assertThat(failed.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(failed.lastError()).contains("the report store or database could not be reached");
        ports.storage.health(StorageHealth.up("back"));
        ports.clock.advance(POLICY.delayAfter(1));
        assertThat(service.runNext("worker-1").orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(documentOf(report)).isPresent();
    }

    @Test
    void aJobWhoseAuditHasNoResultFailsAtOnce() {
        Audit draft = audits.draftOf(Callers.alice());
        Report report = ports.reports.createUnlessActive(Report.request(new ReportId(ports.ids.next()), draft.id(),
                ReportTemplate.STANDARD, ReportOptions.none(), ports.clock.instant()));

        Report failed = service.runNext("worker-1").orElseThrow();

        assertThat(failed.id()).isEqualTo(report.id());
        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).contains("has no result"));
        assertThat(renderer.rendered()).isEmpty();
        assertThat(metrics.calls()).containsExactly("reportGenerated(standard, failure)");
    }

    @Test
    void aLogoTheRendererCannotDrawFailsTheJobAtOnce() {
        ObjectKey logo = uploads.uploadedTo(alices, PNG);
        requested(ReportTemplate.STANDARD, new ReportOptions(null, null, logo.value()));
        renderer.rejectLogos();

        Report failed = service.runNext("worker-1").orElseThrow();

        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).contains("cannot be decoded"));
        assertThat(renderer.rendered()).isEmpty();
    }

    @Test
    void aLogoThatIsNotAnImageFailsTheJobAtOnce() {
        ObjectKey logo = uploads.uploadedTo(alices, new byte[] {'G', 'I', 'F', '8', '9', 'a'});
        requested(ReportTemplate.STANDARD, new ReportOptions(null, null, logo.value()));

        Report failed = service.runNext("worker-1").orElseThrow();

        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).contains("PNG or JPEG"));
    }

    @Test
    void aLogoNotUploadedYetIsWaitedForThenDrawn() {
        ObjectKey logo = uploads.issuedTo(alices);
        requested(ReportTemplate.STANDARD, new ReportOptions(null, null, logo.value()));

        Report waiting = service.runNext("worker-1").orElseThrow();

        assertThat(waiting.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(waiting.lastError()).contains("the logo " + logo + " has not been uploaded");
        ports.storage.put(logo, PNG, new ContentType("image/png"), ObjectMetadata.EMPTY);
        ports.clock.advance(POLICY.delayAfter(1));
        assertThat(service.runNext("worker-1").orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(renderer.rendered()).singleElement().satisfies(content -> assertThat(
                content.customization().logoImage().map(image -> image.content())).contains(PNG));
    }

    @Test
    void aWorkerHoldsTheJobUnderALeaseWhileItRenders() {
        Report report = requested();
        renderer.whileRendering(() -> {
            Report rendering = current(report);
            assertThat(rendering.status()).isEqualTo(ReportStatus.RENDERING);
            assertThat(rendering.lease()).contains(new ReportLease("worker-1", InMemoryPorts.START.plus(LEASE)));
            assertThat(service.runNext("worker-2")).as("a held job is not due").isEmpty();
        });

        assertThat(service.runNext("worker-1").orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(renderer.rendered()).hasSize(1);
    }

    @Test
    void aJobWhoseWorkerDiedWhileRenderingIsTakenOverWhenItsLeaseLapses() {
        Report report = requested();
        ports.reports.claimNext(ports.clock.instant(), due -> due.claim("dead-worker", ports.clock.instant(), LEASE,
                POLICY));

        ports.clock.advance(LEASE.minusSeconds(1));
        assertThat(service.runNext("worker-2")).as("the lease has not lapsed").isEmpty();
        ports.clock.advance(Duration.ofSeconds(1));
        Report ready = service.runNext("worker-2").orElseThrow();

        assertThat(ready.id()).isEqualTo(report.id());
        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.attempts()).isEqualTo(2);
        assertThat(documentOf(report)).isPresent();
    }

    @Test
    void aJobWhoseWorkerDiedOnItsLastAttemptFailsWhenTakenOver() {
        RunReportJobService once = new RunReportJobService(ports.catalog, ports.audits, ports.reports, ports.reports,
                ports.storage, renderer, new ReportRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), LEASE,
                metrics, ports.clock);
        Report report = requested();
        ports.reports.claimNext(ports.clock.instant(), due -> due.claim("dead-worker", ports.clock.instant(), LEASE,
                POLICY));
        ports.clock.advance(LEASE);

        Report failed = once.runNext("worker-2").orElseThrow();

        assertThat(failed.id()).isEqualTo(report.id());
        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("gave up after 1 attempt").contains("lease expired"));
        assertThat(renderer.rendered()).isEmpty();
        assertThat(metrics.calls()).containsExactly("reportGenerated(executive, failure)");
    }

    @Test
    void aJobWhoseWorkerDiedAfterStoringIsFinishedWithoutRenderingAgain() {
        Report stored = new StoredReports(ports).stored(alices);
        ports.clock.advance(StoredReports.LEASE);

        Report ready = service.runNext("worker-2").orElseThrow();

        assertThat(ready.id()).isEqualTo(stored.id());
        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.attempts()).isEqualTo(1);
        assertThat(ready.file()).isEqualTo(stored.file());
        assertThat(renderer.rendered()).isEmpty();
        assertThat(ports.audits.find(alices.id()).orElseThrow().status()).isEqualTo(AuditStatus.REPORT_READY);
    }

    @Test
    void aJobCancelledWhileRenderingIsDroppedAndItsDocumentRemoved() {
        Report report = requested();
        renderer.whileRendering(() -> ports.reports.update(report.id(),
                current -> current.cancel(ports.clock.instant())));

        Report dropped = service.runNext("worker-1").orElseThrow();

        assertThat(dropped.status()).isEqualTo(ReportStatus.CANCELLED);
        assertThat(documentOf(report)).isEmpty();
        assertThat(metrics.calls()).isEmpty();
        assertThat(service.renewLeases()).as("the worker no longer runs it").isZero();
    }

    @Test
    void aJobDeletedWhileRenderingIsDroppedAndItsDocumentRemoved() {
        Report report = requested();
        renderer.whileRendering(() -> ports.reports.delete(report.id()));

        Report dropped = service.runNext("worker-1").orElseThrow();

        assertThat(dropped.id()).isEqualTo(report.id());
        assertThat(ports.reports.find(report.id())).isEmpty();
        assertThat(documentOf(report)).isEmpty();
        assertThat(metrics.calls()).isEmpty();
    }

    @Test
    void aJobTakenOverByAnotherWorkerIsLeftToIt() {
        Report report = requested();
        renderer.whileRendering(() -> {
            if (renderer.rendered().size() == 1) {
                ports.clock.advance(LEASE);
                assertThat(service.runNext("worker-2").orElseThrow().status()).isEqualTo(ReportStatus.READY);
            }
        });

        Report dropped = service.runNext("worker-1").orElseThrow();

        assertThat(dropped.status()).isEqualTo(ReportStatus.READY);
        assertThat(dropped.attempts()).isEqualTo(2);
        assertThat(documentOf(report)).as("the new holder's document stays").isPresent();
        assertThat(metrics.calls()).containsExactly("reportGenerated(executive, success)");
    }

    @Test
    void renewingLeasesExtendsTheLeaseOfEveryJobThisInstanceIsRunning() throws Exception {
        Report report = requested();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        renderer.whileRendering(() -> {
            rendering.countDown();
            await(release);
        });
        assertThat(service.renewLeases()).as("nothing running").isZero();

        CompletableFuture<Optional<Report>> worker = CompletableFuture.supplyAsync(() -> service.runNext("worker-1"));
        await(rendering);
        ports.clock.advance(Duration.ofMinutes(1));
        Instant renewedAt = ports.clock.instant();

        assertThat(service.renewLeases()).isEqualTo(1);
        assertThat(current(report).lease()).contains(new ReportLease("worker-1", renewedAt.plus(LEASE)));
        release.countDown();
        assertThat(worker.get(30, TimeUnit.SECONDS).orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(service.renewLeases()).isZero();
    }

    @Test
    void aLeaseShorterThanASecondIsRefused() {
        assertThatThrownBy(() -> new RunReportJobService(ports.catalog, ports.audits, ports.reports, ports.reports,
                ports.storage, renderer, POLICY, Duration.ofMillis(999), metrics, ports.clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other thread did not get there in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
