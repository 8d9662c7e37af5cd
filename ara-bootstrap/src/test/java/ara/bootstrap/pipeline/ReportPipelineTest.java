package ara.bootstrap.pipeline;

import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryRateLimiter;
import ara.adapter.memory.InMemoryReportRepository;
import ara.adapter.memory.InMemoryUploadRegistry;
import ara.adapter.storage.edge.HmacEdgeGrantSigner;
import ara.adapter.storage.local.LocalObjectStorage;
import ara.adapter.storage.local.LocalStorageSettings;
import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestUseCase.AdmissionListener;
import ara.application.port.in.report.DeletedReportView;
import ara.application.port.in.report.LogoNotUploaded;
import ara.application.port.in.report.ReportNotReady;
import ara.application.port.in.report.RequestReportCommand;
import ara.application.port.in.storage.EdgeGrantView;
import ara.application.port.in.storage.EdgeGrantsDisabled;
import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.in.storage.UploadLinkView;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.StoredContent;
import ara.application.service.limit.AdmitRequestService;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.report.DeleteReportService;
import ara.application.service.report.GetReportLinkService;
import ara.application.service.report.GetReportService;
import ara.application.service.report.RequestReportService;
import ara.application.service.report.RunReportJobService;
import ara.application.service.storage.DeleteObjectService;
import ara.application.service.storage.GetObjectLinkService;
import ara.application.service.storage.IssueEdgeGrantService;
import ara.application.service.storage.IssueUploadService;
import ara.contract.AuditSamples;
import ara.contract.ContractQuestionnaire;
import ara.contract.MovableClock;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.Caller;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.report.BrandColour;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report pipeline's services over real adapters (in-memory reports and audits, the local storage on disk) with
 * a hand-moved clock: requests and de-duplication, a job run to ready, back-off through a storage outage, failure
 * after the last attempt, a bad logo, a lapsed lease taken over, cancellation mid-render, the document links and
 * the signed-URL service's ownership checks. The renderer is a stand-in (the PDF itself is tested in its adapter
 * and end to end).
 */
class ReportPipelineTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final ReportRetryPolicy POLICY = new ReportRetryPolicy(3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final String EDGE_SECRET = "edge-grant-secret-of-the-pipeline-test-0123";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @TempDir
    Path directory;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository();
    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final InMemoryUploadRegistry uploads = new InMemoryUploadRegistry();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final TestRenderer renderer = new TestRenderer();
    private FlakyStorage storage;
    private RequestReportService request;
    private RunReportJobService jobs;
    private DeleteReportService delete;
    private GetReportLinkService link;
    private IssueUploadService issueUpload;
    private GetObjectLinkService objectLink;
    private DeleteObjectService deleteObject;
    private IssueEdgeGrantService edge;
    private Audit audit;
    private Caller owner;

    @BeforeEach
    void wire() {
        byte[] secret = new byte[32];
        storage = new FlakyStorage(new LocalObjectStorage(new LocalStorageSettings(directory,
                URI.create("http://localhost:7070"), secret), clock));
        QuestionnaireCatalog catalog = new SingleSchemeCatalog(ContractQuestionnaire.scheme());
        request = new RequestReportService(audits, reports, uploads, UUID::randomUUID, log, clock,
                generous());
        jobs = new RunReportJobService(catalog, audits, reports, reports, storage, renderer, POLICY, LEASE,
                AuditMetrics.none(), clock);
        delete = new DeleteReportService(audits, reports, storage, log, clock);
        link = new GetReportLinkService(audits, reports, storage, Duration.ofDays(7), log, clock);
        issueUpload = new IssueUploadService(audits, reports, uploads, storage, UUID::randomUUID, log, clock,
                generous());
        objectLink = new GetObjectLinkService(audits, reports, uploads, storage, Duration.ofHours(1), log, clock);
        deleteObject = new DeleteObjectService(audits, reports, uploads, storage, log, clock);
        edge = edgeGrants(Optional.of(new HmacEdgeGrantSigner(URI.create("https://files.example"), EDGE_SECRET, clock,
                Duration.ofMinutes(5))));
        OwnerId ownerId = new OwnerId("alice-" + UUID.randomUUID());
        owner = Caller.user(new UserIdentity(ownerId.value(), null, Set.of()));
        audit = audits.create(AuditSamples.scored(ownerId, AuditSamples.T0));
    }

    private IssueEdgeGrantService edgeGrants(Optional<EdgeGrantSigner> signer) {
        return new IssueEdgeGrantService(audits, reports, uploads, signer, UUID::randomUUID, log, clock,
                generous());
    }

    /** Per-audit allowances no test here spends. */
    private AuditAllowances generous() {
        Map<Scope, RateLimit> limits = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            limits.put(scope, new RateLimit(1_000, Duration.ofMinutes(1)));
        }
        return new AuditAllowances(new AdmitRequestService(new InMemoryRateLimiter(clock, 1_000), limits),
                AdmissionListener.NONE);
    }

    private Report requested(ReportTemplate template, ReportOptions options) {
        return request.request(new RequestReportCommand(audit.id(), template, options, owner));
    }

    private Report stored(Report report) {
        return reports.find(report.id()).orElseThrow();
    }

    private Optional<StoredContent> document(Report report) {
        return storage.get(ObjectKey.report(report.auditId(), report.id().value()));
    }

    private static Caller stranger() {
        return Caller.user(new UserIdentity("mallory", null, Set.of()));
    }

    private String uploaded(byte[] content, String type) {
        UploadLinkView upload = issueUpload.issue(new IssueUploadCommand(audit.id(), type, content.length, owner));
        storage.put(new ObjectKey(upload.key()), content, new ContentType(type), ObjectMetadata.EMPTY);
        return upload.key();
    }

    // --- the job ------------------------------------------------------------------------------------------------

    @Test
    void aJobRunsToReadyStoresTheDocumentWithItsMetadataAndMarksTheAudit() {
        Report report = requested(ReportTemplate.EXECUTIVE, new ReportOptions("Acme EU", BrandColour.of("#112233"),
                null));

        Report ran = jobs.runNext("worker-1").orElseThrow();

        assertThat(ran.status()).isEqualTo(ReportStatus.READY);
        assertThat(ran.attempts()).isEqualTo(1);
        StoredContent document = document(report).orElseThrow();
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).startsWith("%PDF-").contains("Acme EU");
        assertThat(document.contentType().value()).isEqualTo("application/pdf");
        assertThat(document.metadata().entries()).isEqualTo(Map.of("audit", audit.id().toString(),
                "report", report.id().toString(), "template", "executive"));
        ReportFile file = stored(report).file().orElseThrow();
        assertThat(file.key()).isEqualTo("reports/" + audit.id() + "/" + report.id() + ".pdf");
        assertThat(file.size()).isEqualTo(document.size());
        assertThat(file.sha256()).isEqualTo(document.sha256());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(audits.find(audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.REPORT_READY);
        assertThat(jobs.runNext("worker-1")).as("nothing else is due").isEmpty();
    }

    @Test
    void aSecondReportLeavesTheAuditReportReady() {
        requested(ReportTemplate.STANDARD, ReportOptions.none());
        jobs.runNext("w");
        long version = audits.find(audit.id()).orElseThrow().version();
        requested(ReportTemplate.TECHNICAL, ReportOptions.none());

        assertThat(jobs.runNext("w").orElseThrow().status()).isEqualTo(ReportStatus.READY);
        assertThat(audits.find(audit.id()).orElseThrow().version()).as("no second status change").isEqualTo(version);
    }

    @Test
    void aStorageOutageIsRetriedWithBackOffAndTheJobCompletesOnceAfterRecovery() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        storage.down(true);

        Report first = jobs.runNext("w").orElseThrow();
        assertThat(first.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).contains("the report store or database could not be reached");
        assertThat(first.nextAttemptAt()).contains(clock.instant().plusSeconds(10));
        assertThat(jobs.runNext("w")).as("waiting out the back-off").isEmpty();

        clock.advance(Duration.ofSeconds(10));
        assertThat(jobs.runNext("w").orElseThrow().nextAttemptAt()).contains(clock.instant().plusSeconds(20));
        storage.down(false);
        clock.advance(Duration.ofSeconds(20));
        Report ready = jobs.runNext("w").orElseThrow();

        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.attempts()).isEqualTo(3);
        assertThat(ready.lastError()).isEmpty();
        assertThat(storage.puts()).isEqualTo(1);
        assertThat(document(report)).isPresent();
        assertThat(reports.findByAudit(audit.id())).hasSize(1);
    }

    @Test
    void aJobFailsWithTheReasonWhenItsAttemptsRunOut() {
        requested(ReportTemplate.STANDARD, ReportOptions.none());
        storage.down(true);

        Report last = null;
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            last = jobs.runNext("w").orElseThrow();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(last.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.lastError()).contains("gave up after 3 attempts: the report store or database could not be"
                + " reached");
        assertThat(jobs.runNext("w")).isEmpty();
        assertThat(audits.find(audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.SCORED);
    }

    @Test
    void aLogoIsReadFromItsUploadAndABadOneFailsTheJobAtOnce() {
        String png = uploaded(PNG, "image/png");
        String jpeg = uploaded(JPEG, "image/jpeg");
        String notAnImage = uploaded("<svg/>".getBytes(StandardCharsets.UTF_8), "image/png");
        requested(ReportTemplate.STANDARD, new ReportOptions(null, null, png));
        Report undrawable = requested(ReportTemplate.STANDARD, new ReportOptions(null, null, jpeg));
        Report unknown = requested(ReportTemplate.STANDARD, new ReportOptions(null, null, notAnImage));

        List<Report> ran = List.of(jobs.runNext("w").orElseThrow(), jobs.runNext("w").orElseThrow(),
                jobs.runNext("w").orElseThrow());

        assertThat(ran).extracting(Report::status).containsExactlyInAnyOrder(ReportStatus.READY,
                ReportStatus.FAILED, ReportStatus.FAILED);
        assertThat(renderer.renders()).containsExactly(audit.id() + " standard " + PNG.length);
        assertThat(stored(undrawable).lastError()).contains("logo cannot be decoded (this renderer draws PNG only)");
        assertThat(stored(unknown).lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("PNG or JPEG"));
        assertThat(stored(unknown).attempts()).isEqualTo(1);
    }

    @Test
    void aLogoThatWasNeverUploadedIsWaitedForThenTheJobFails() {
        UploadLinkView upload = issueUpload.issue(new IssueUploadCommand(audit.id(), "image/png", 12, owner));
        requested(ReportTemplate.STANDARD, new ReportOptions(null, null, upload.key()));

        Report first = jobs.runNext("w").orElseThrow();

        assertThat(first.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(first.lastError()).hasValueSatisfying(error -> assertThat(error).contains("has not been uploaded"));
    }

    @Test
    void aJobWhoseWorkerDiedMidRenderIsTakenOverWhenTheLeaseLapses() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        reports.claimNext(clock.instant(), due -> due.claim("crashed", clock.instant(), LEASE, POLICY));

        assertThat(jobs.runNext("w2")).as("the lease still holds").isEmpty();
        clock.advance(LEASE);
        Report ready = jobs.runNext("w2").orElseThrow();

        assertThat(ready.id()).isEqualTo(report.id());
        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.attempts()).isEqualTo(2);
        assertThat(document(report)).isPresent();
    }

    @Test
    void aJobWhoseWorkerDiedAfterStoringIsFinishedWithoutRenderingAgain() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        storage.put(ObjectKey.report(audit.id(), report.id().value()), "%PDF-1.7 stored".getBytes(
                StandardCharsets.UTF_8), ContentType.PDF, ObjectMetadata.EMPTY);
        reports.claimNext(clock.instant(), due -> due.claim("crashed", clock.instant(), LEASE, POLICY)
                .stored("crashed", new ReportFile("reports/" + audit.id() + "/" + report.id() + ".pdf", 15,
                        "ab".repeat(32), "application/pdf"), clock.instant()));
        clock.advance(LEASE);

        Report ready = jobs.runNext("w2").orElseThrow();

        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(renderer.renders()).isEmpty();
        assertThat(audits.find(audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.REPORT_READY);
    }

    @Test
    void aJobCancelledWhileRenderingIsDroppedAndWhatItStoredIsRemoved() throws Exception {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        renderer.holdRenders();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Report>> running = worker.submit(() -> jobs.runNext("w"));
            assertThat(renderer.awaitStarted()).isTrue();

            DeletedReportView cancelled = delete.delete(report.id(), owner);
            renderer.release();
            Report dropped = running.get(1, TimeUnit.MINUTES).orElseThrow();

            assertThat(cancelled.removed()).isFalse();
            assertThat(cancelled.report().status()).isEqualTo(ReportStatus.CANCELLED);
            assertThat(dropped.status()).isEqualTo(ReportStatus.CANCELLED);
            assertThat(storage.puts()).as("the render was stored before the worker learnt of the cancel").isOne();
            assertThat(document(report)).as("and then removed").isEmpty();
            assertThat(audits.find(audit.id()).orElseThrow().status()).isEqualTo(AuditStatus.SCORED);
        } finally {
            renderer.release();
            worker.shutdownNow();
        }
    }

    @Test
    void aRenderSlowerThanItsLeaseIsNotTakenOverWhileItsWorkerRenewsTheLease() throws Exception {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        renderer.holdRenders();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Report>> running = worker.submit(() -> jobs.runNext("slow"));
            assertThat(renderer.awaitStarted()).isTrue();

            for (int i = 0; i < 3; i++) {
                clock.advance(LEASE.dividedBy(2));
                assertThat(jobs.renewLeases()).isOne();
                assertThat(jobs.runNext("other")).as("renewed: not due").isEmpty();
            }
            assertThat(stored(report).lease().orElseThrow().until()).isEqualTo(clock.instant().plus(LEASE));
            renderer.release();
            Report ready = running.get(1, TimeUnit.MINUTES).orElseThrow();

            assertThat(ready.status()).isEqualTo(ReportStatus.READY);
            assertThat(ready.attempts()).as("rendered once, by its first worker").isOne();
            assertThat(storage.puts()).isOne();
            assertThat(jobs.renewLeases()).as("nothing in progress").isZero();
        } finally {
            renderer.release();
            worker.shutdownNow();
        }
    }

    @Test
    void withoutRenewalASlowRenderIsTakenOverAndTheSlowWorkerDropsIt() throws Exception {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        renderer.holdRenders();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<Report>> running = workers.submit(() -> jobs.runNext("slow"));
            assertThat(renderer.awaitStarted()).isTrue();
            clock.advance(LEASE);
            Future<Optional<Report>> other = workers.submit(() -> jobs.runNext("other"));
            renderer.release();

            assertThat(other.get(1, TimeUnit.MINUTES).orElseThrow().attempts()).as("taken over").isEqualTo(2);
            assertThat(running.get(1, TimeUnit.MINUTES).orElseThrow().id()).isEqualTo(report.id());
            assertThat(stored(report).status()).isEqualTo(ReportStatus.READY);
            assertThat(stored(report).attempts()).isEqualTo(2);
            assertThat(jobs.renewLeases()).isZero();
        } finally {
            renderer.release();
            workers.shutdownNow();
        }
    }

    @Test
    void manyJobsOnSeveralWorkersAreEachRenderedOnce() throws Exception {
        for (ReportTemplate template : ReportTemplate.values()) {
            for (String colour : List.of("#000000", "#111111", "#222222", "#333333")) {
                requested(template, new ReportOptions(null, BrandColour.of(colour), null));
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                String name = "w" + i;
                workers.submit(() -> {
                    while (jobs.runNext(name).isPresent()) {
                        Thread.onSpinWait();
                    }
                    return null;
                });
            }
            workers.shutdown();
            assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            workers.shutdownNow();
        }

        assertThat(reports.findByAudit(audit.id())).hasSize(12).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(ReportStatus.READY);
            assertThat(report.attempts()).isEqualTo(1);
        });
        assertThat(renderer.renders()).hasSize(12);
        assertThat(storage.puts()).isEqualTo(12);
    }

    // --- requests and access ------------------------------------------------------------------------------------

    @Test
    void anIdenticalRequestWhileOneIsActiveReturnsIt() {
        Report first = requested(ReportTemplate.STANDARD, new ReportOptions("Acme", null, null));

        Report again = requested(ReportTemplate.STANDARD, new ReportOptions(" Acme ", BrandColour.ARA, null));
        jobs.runNext("w");
        Report afterwards = requested(ReportTemplate.STANDARD, new ReportOptions("Acme", null, null));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(afterwards.id()).isNotEqualTo(first.id());
        assertThat(log.latest(10)).extracting(event -> event.action()).contains("report.requested");
    }

    @Test
    void onlyTheOwnerOfAScoredAuditRequestsAndOnlyWithTheirOwnUploads() {
        Audit draft = audits.create(AuditSamples.draft(audit.owner().orElseThrow(), AuditSamples.T0));
        Audit other = audits.create(AuditSamples.scored(audit.owner().orElseThrow(), AuditSamples.T0));
        String otherUpload = issueUpload.issue(new IssueUploadCommand(other.id(), "image/png", 10, owner)).key();

        assertThatThrownBy(() -> request.request(new RequestReportCommand(audit.id(), null, ReportOptions.none(),
                stranger()))).isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> request.request(new RequestReportCommand(draft.id(), null, ReportOptions.none(),
                owner))).isInstanceOf(AuditNotScored.class);
        assertThatThrownBy(() -> requested(ReportTemplate.STANDARD, new ReportOptions(null, null, otherUpload)))
                .isInstanceOf(LogoNotUploaded.class).hasMessageContaining(otherUpload);
        assertThatThrownBy(() -> requested(ReportTemplate.STANDARD, new ReportOptions(null, null,
                "uploads/" + audit.id() + "/forged"))).isInstanceOf(LogoNotUploaded.class);
        assertThat(reports.findByAudit(audit.id())).isEmpty();
        assertThat(log.latest(10)).extracting(event -> event.action()).contains("access.denied");
    }

    @Test
    void strangersLearnNothingAboutAReport() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        GetReportService get = new GetReportService(audits, reports, log, clock);

        assertThatThrownBy(() -> get.get(report.id(), stranger())).isInstanceOf(ReportNotFound.class);
        assertThatThrownBy(() -> delete.delete(report.id(), stranger())).isInstanceOf(ReportNotFound.class);
        assertThatThrownBy(() -> link.link(report.id(), stranger())).isInstanceOf(ReportNotFound.class);
        assertThat(get.get(report.id(), Caller.user(new UserIdentity("root", null, Set.of(UserIdentity.ADMIN)))).id())
                .isEqualTo(report.id());
        assertThat(stored(report).status()).isEqualTo(ReportStatus.QUEUED);
    }

    @Test
    void aReadyReportLinksToItsDocumentAndDeletingItRemovesBoth() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        assertThatThrownBy(() -> link.link(report.id(), owner)).isInstanceOf(ReportNotReady.class);
        jobs.runNext("w");

        var view = link.link(report.id(), owner);
        DeletedReportView deleted = delete.delete(report.id(), owner);

        assertThat(view.url().toString()).startsWith("http://localhost:7070/api/v1/files/reports/" + audit.id() + "/"
                + report.id() + ".pdf?");
        assertThat(view.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(deleted.removed()).isTrue();
        assertThat(reports.find(report.id())).isEmpty();
        assertThat(document(report)).isEmpty();
    }

    @Test
    void aDeleteDuringAStorageOutageRemovesNothingAndCanBeRepeated() {
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        jobs.runNext("w");
        storage.down(true);

        assertThatThrownBy(() -> delete.delete(report.id(), owner))
                .isInstanceOf(ara.application.port.out.storage.StorageUnavailable.class);
        storage.down(false);
        assertThat(stored(report).status()).isEqualTo(ReportStatus.READY);
        assertThat(delete.delete(report.id(), owner).removed()).isTrue();
    }

    // --- the signed-URL service ---------------------------------------------------------------------------------

    @Test
    void downloadLinksAreForObjectsAraIssuedToTheirAuditsOwnerOnly() {
        String upload = uploaded(PNG, "image/png");
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        jobs.runNext("w");
        String document = stored(report).file().orElseThrow().key();
        Audit othersAudit = audits.create(AuditSamples.scored(new OwnerId("mallory"), AuditSamples.T0));

        assertThat(objectLink.link(upload, owner).url().toString()).contains(upload);
        assertThat(objectLink.link(document, owner).url().toString()).contains(document);
        assertThatThrownBy(() -> objectLink.link(upload, stranger())).isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objectLink.link(document, stranger())).isInstanceOf(ObjectNotFound.class);
        // The stranger's own audit in the key changes nothing: the key was never issued.
        assertThatThrownBy(() -> objectLink.link("uploads/" + othersAudit.id() + "/" + UUID.randomUUID(),
                stranger())).isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objectLink.link("reports/" + audit.id() + "/" + UUID.randomUUID() + ".pdf", owner))
                .isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objectLink.link("../" + upload, owner)).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void anUploadIsDeletedByItsOwnerAndAReportsDocumentOnlyWithItsReport() {
        String upload = uploaded(PNG, "image/png");
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        jobs.runNext("w");
        String document = stored(report).file().orElseThrow().key();

        assertThatThrownBy(() -> deleteObject.delete(upload, stranger())).isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> deleteObject.delete(document, owner)).isInstanceOf(ReportDocumentNotDeletable.class);
        deleteObject.delete(upload, owner);

        assertThat(storage.get(new ObjectKey(upload))).isEmpty();
        assertThat(uploads.find(new ObjectKey(upload))).isEmpty();
        assertThat(document(report)).isPresent();
        assertThatThrownBy(() -> objectLink.link(upload, owner)).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void edgeGrantsGoToTheOwnerForObjectsAraIssuedAndAnUploadIsRecordedBeforeItsGrant() {
        EdgeGrantView upload = edge.upload(new IssueUploadCommand(audit.id(), "image/png", 2048, owner));
        Report report = requested(ReportTemplate.STANDARD, ReportOptions.none());
        jobs.runNext("w");
        String document = stored(report).file().orElseThrow().key();

        assertThat(upload.key()).startsWith("uploads/" + audit.id() + "/");
        assertThat(uploads.find(new ObjectKey(upload.key()))).hasValueSatisfying(recorded -> {
            assertThat(recorded.audit()).isEqualTo(audit.id());
            assertThat(recorded.contentType().value()).isEqualTo("image/png");
            assertThat(recorded.size()).isEqualTo(2048);
        });
        assertThat(upload.method()).isEqualTo("POST");
        assertThat(upload.url().toString()).startsWith("https://files.example/r2/upload?key=");
        assertThat(upload.url().getQuery()).contains("key=" + upload.key(), "contentType=image/png", "size=2048");
        assertThat(upload.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(upload.contentType()).contains("image/png");
        EdgeGrantView download = edge.access(EdgeOperation.DOWNLOAD, document, owner);
        assertThat(download.method()).isEqualTo("GET");
        assertThat(download.url().getQuery()).startsWith("key=" + document + "&expires=");
        assertThat(download.size()).isEmpty();
        assertThat(edge.access(EdgeOperation.DELETE, upload.key(), owner).url().getPath()).isEqualTo("/r2/delete");
        assertThat(uploads.find(new ObjectKey(upload.key()))).as("the record stays until the audit goes").isPresent();

        assertThatThrownBy(() -> edge.access(EdgeOperation.DELETE, document, owner))
                .isInstanceOf(ReportDocumentNotDeletable.class);
        assertThatThrownBy(() -> edge.access(EdgeOperation.DOWNLOAD, upload.key(), stranger()))
                .isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> edge.access(EdgeOperation.DELETE, document, stranger()))
                .isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> edge.access(EdgeOperation.DOWNLOAD, "uploads/" + audit.id() + "/"
                + UUID.randomUUID(), owner)).as("a key ARA never issued").isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> edge.upload(new IssueUploadCommand(audit.id(), "image/png", 10, stranger())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(uploads.findByAudit(audit.id())).as("a refused upload grant records nothing").hasSize(1);
        assertThatThrownBy(() -> edge.access(EdgeOperation.UPLOAD, upload.key(), owner))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnEdgeWorkerNoGrantIsIssuedAndNothingIsRecorded() {
        IssueEdgeGrantService disabled = edgeGrants(Optional.empty());
        String upload = uploaded(PNG, "image/png");

        assertThatThrownBy(() -> disabled.upload(new IssueUploadCommand(audit.id(), "image/png", 10, owner)))
                .isInstanceOf(EdgeGrantsDisabled.class).hasMessageContaining("ARA_EDGE_WORKER_URL");
        assertThatThrownBy(() -> disabled.access(EdgeOperation.DOWNLOAD, upload, owner))
                .isInstanceOf(EdgeGrantsDisabled.class);
        assertThat(uploads.findByAudit(audit.id())).extracting(u -> u.key().value()).containsExactly(upload);
    }

    /** A catalog publishing one scheme (the contract questionnaire the sample audits use). */
    private record SingleSchemeCatalog(ScoringScheme scheme) implements QuestionnaireCatalog {
        @Override
        public QuestionnaireId defaultQuestionnaire() {
            return scheme.definition().id();
        }

        @Override
        public Optional<ScoringScheme> current(QuestionnaireId id) {
            return find(id, scheme.definition().version());
        }

        @Override
        public Optional<ScoringScheme> find(QuestionnaireId id, int version) {
            return id.equals(scheme.definition().id()) && version == scheme.definition().version()
                    ? Optional.of(scheme) : Optional.empty();
        }

        @Override
        public List<ScoringScheme> all() {
            return List.of(scheme);
        }
    }
}
