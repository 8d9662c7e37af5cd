package ara.contract;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.report.BrandColour;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportLease;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportSnapshot;
import ara.domain.report.ReportState;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every store of reports must have, as {@link ReportRepository} (the API's side) and as
 * {@link ReportJobQueue} (the workers' side), as one abstract test: each adapter's test extends it and supplies the
 * store and, for the reports' parent rows, an audit repository on the same database.
 *
 * <p>Tests share the store and never wipe it. Claims take whatever job is due, so each test lives on its own
 * stretch of time: {@link #t0} moves one year further into the past for every test, and a test only uses
 * moments within a day of its own {@code t0}; the jobs earlier tests left behind are then never due when a later
 * test claims.
 */
public abstract class ReportRepositoryContract {
    private static final AtomicLong TESTS = new AtomicLong();
    private static final Instant LATEST = Instant.parse("2900-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final ReportRetryPolicy POLICY = new ReportRetryPolicy(3, Duration.ofSeconds(30),
            Duration.ofMinutes(5));
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** This test's own moment: a microsecond-precise instant earlier than any earlier test's. */
    protected final Instant t0 = LATEST.minus(Duration.ofDays(366 * TESTS.incrementAndGet()))
            .plusNanos(123_456_000);

    /** The reports under test; the same instance may be returned to every test. */
    protected abstract ReportRepository reports();

    /** The same store as a job queue (normally the very object {@link #reports()} returns). */
    protected abstract ReportJobQueue queue();

    /** Audits on the same database, for the reports' parent rows. */
    protected abstract AuditRepository audits();

    /** The same store's retention side: which finished reports have expired. */
    protected abstract ReportRetention retention();

    private AuditId newAudit() {
        Audit audit = AuditSamples.scored(AuditSamples.newOwner(), t0);
        audits().create(audit);
        return audit.id();
    }

    private Report newReport(AuditId audit, ReportTemplate template, ReportOptions options, Instant at) {
        return Report.request(new ReportId(UUID.randomUUID()), audit, template, options, at);
    }

    private Report created(AuditId audit, Instant at) {
        return reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD, ReportOptions.none(), at));
    }

    private Report stored(ReportId id) {
        return reports().find(id).orElseThrow(() -> new AssertionError("report " + id + " is not stored"));
    }

    private static ReportFile file(Report report) {
        return new ReportFile("reports/" + report.auditId() + "/" + report.id() + ".pdf", 48_213,
                "0123456789abcdef".repeat(4), "application/pdf");
    }

    private static void assertSameReport(Report actual, Report expected) {
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.auditId()).isEqualTo(expected.auditId());
        assertThat(actual.template()).isEqualTo(expected.template());
        assertThat(actual.options()).isEqualTo(expected.options());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.attempts()).isEqualTo(expected.attempts());
        assertThat(actual.lastError()).isEqualTo(expected.lastError());
        assertThat(actual.version()).isEqualTo(expected.version());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        assertThat(actual.nextAttemptAt()).isEqualTo(expected.nextAttemptAt());
        assertThat(actual.lease()).isEqualTo(expected.lease());
        assertThat(actual.file()).isEqualTo(expected.file());
        assertThat(actual.dueAt()).isEqualTo(expected.dueAt());
    }

    // --- create, find, list ------------------------------------------------------------------------------------

    @Test
    void aCreatedReportIsFoundWithEveryField() {
        AuditId audit = newAudit();
        Report report = newReport(audit, ReportTemplate.TECHNICAL, new ReportOptions(AuditSamples.AWKWARD_TEXT
                .substring(0, 60), BrandColour.of("#a1b2c3"), "uploads/" + audit + "/" + UUID.randomUUID()), t0);

        Report created = reports().createUnlessActive(report);

        assertSameReport(created, report);
        assertSameReport(stored(report.id()), report);
        assertThat(reports().find(new ReportId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void everyStateOfTheJobRoundTrips() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        Report claimed = reports().update(report.id(), r -> r.claim("worker-1", t0, LEASE, POLICY));
        assertSameReport(stored(report.id()), claimed);
        assertThat(claimed.lease()).contains(new ReportLease("worker-1", t0.plus(LEASE)));

        Report waiting = reports().update(report.id(), r -> r.retryLater("worker-1", "the storage is down",
                t0.plusSeconds(1), POLICY));
        assertSameReport(stored(report.id()), waiting);
        assertThat(waiting.nextAttemptAt()).contains(t0.plusSeconds(31));

        Report storedJob = reports().update(report.id(), r -> r.claim("worker-2", t0.plusSeconds(31), LEASE, POLICY)
                .stored("worker-2", file(r), t0.plusSeconds(32)));
        assertSameReport(stored(report.id()), storedJob);
        Report ready = reports().update(report.id(), r -> r.ready("worker-2", t0.plusSeconds(33)));
        assertSameReport(stored(report.id()), ready);
        assertThat(ready.file()).contains(file(report));
        assertThat(ready.lastError()).isEmpty();
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        AuditId audit = newAudit();
        Instant fine = t0.plusNanos(999);

        Report created = created(audit, fine);

        assertThat(created.createdAt()).isEqualTo(fine.truncatedTo(ChronoUnit.MICROS));
        assertThat(stored(created.id()).createdAt()).isEqualTo(t0);
        assertThat(stored(created.id()).nextAttemptAt()).contains(t0);
    }

    @Test
    void anAuditsReportsAreListedNewestFirstAndOnlyThem() {
        AuditId audit = newAudit();
        AuditId other = newAudit();
        Report first = created(audit, t0);
        Report second = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE, ReportOptions.none(),
                t0.plusSeconds(5)));
        created(other, t0.plusSeconds(10));

        assertThat(reports().findByAudit(audit)).extracting(Report::id).containsExactly(second.id(), first.id());
        assertThat(reports().findByAudit(AuditSamples.newId())).isEmpty();
    }

    @Test
    void creatingTheSameIdTwiceIsRefused() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        Report sameId = Report.request(report.id(), audit, ReportTemplate.EXECUTIVE, ReportOptions.none(), t0);

        assertThatThrownBy(() -> reports().createUnlessActive(sameId)).isInstanceOf(IllegalStateException.class);
        assertSameReport(stored(report.id()), report);
    }

    // --- de-duplication ----------------------------------------------------------------------------------------

    @Test
    void anIdenticalRequestWhileOneIsActiveReturnsTheActiveOne() {
        AuditId audit = newAudit();
        ReportOptions options = new ReportOptions("Acme", BrandColour.of("#112233"), null);
        Report first = reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD, options, t0));
        reports().update(first.id(), r -> r.claim("worker", t0, LEASE, POLICY));

        Report again = reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD,
                new ReportOptions(" Acme ", BrandColour.of("#112233"), null), t0.plusSeconds(1)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(ReportStatus.RENDERING);
        assertThat(reports().findActive(audit, first.fingerprint())).map(Report::id).contains(first.id());
        assertThat(reports().findByAudit(audit)).hasSize(1);
    }

    @Test
    void otherOptionsAnotherTemplateOrAnotherAuditAreNoDuplicates() {
        AuditId audit = newAudit();
        AuditId other = newAudit();
        Report base = created(audit, t0);

        Report colour = reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD,
                new ReportOptions(null, BrandColour.of("#000000"), null), t0));
        Report template = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE,
                ReportOptions.none(), t0));
        Report otherAudit = created(other, t0);

        assertThat(Set.of(base.id(), colour.id(), template.id(), otherAudit.id())).hasSize(4);
        assertThat(reports().findByAudit(audit)).hasSize(3);
    }

    @Test
    void onceTheActiveOneHasFinishedAnIdenticalRequestMakesANewJob() {
        AuditId audit = newAudit();
        Report first = created(audit, t0);
        reports().update(first.id(), r -> r.cancel(t0.plusSeconds(1)));
        assertThat(reports().findActive(audit, first.fingerprint())).isEmpty();

        Report second = created(audit, t0.plusSeconds(2));
        reports().update(second.id(), r -> r.claim("w", t0.plusSeconds(2), LEASE, POLICY).stored("w", file(r),
                t0.plusSeconds(3)).ready("w", t0.plusSeconds(4)));
        Report third = created(audit, t0.plusSeconds(5));

        assertThat(Set.of(first.id(), second.id(), third.id())).hasSize(3);
        assertThat(reports().findActive(audit, first.fingerprint())).map(Report::id).contains(third.id());
        assertThat(reports().findByAudit(audit)).extracting(Report::status)
                .containsExactly(ReportStatus.QUEUED, ReportStatus.READY, ReportStatus.CANCELLED);
    }

    @Test
    void identicalRequestsRacingEachOtherMakeOneJob() throws Exception {
        AuditId audit = newAudit();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Report>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return created(audit, t0);
                }));
            }
            start.countDown();
            Set<ReportId> ids = new HashSet<>();
            for (Future<Report> result : results) {
                ids.add(result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).id());
            }
            assertThat(ids).hasSize(1);
            assertThat(reports().findByAudit(audit)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- update and delete -------------------------------------------------------------------------------------

    @Test
    void aFailingChangeStoresNothingAndAnUnknownReportIsNotFound() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);

        assertThatThrownBy(() -> reports().update(report.id(), r -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertSameReport(reports().update(report.id(), r -> r), report);
        assertSameReport(stored(report.id()), report);
        ReportId unknown = new ReportId(UUID.randomUUID());
        assertThatThrownBy(() -> reports().update(unknown, r -> r.cancel(t0))).isInstanceOf(ReportNotFound.class);
    }

    @Test
    void aChangeMustRaiseTheVersion() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        Report sameVersion = Report.reload(new ReportSnapshot(report.id(), audit, report.template(),
                report.options(), report.version(), t0, t0,
                new ReportState.Cancelled(0, Optional.empty(), Optional.empty())));

        assertThatThrownBy(() -> reports().update(report.id(), r -> sameVersion))
                .isInstanceOf(IllegalStateException.class);
        assertThat(stored(report.id()).status()).isEqualTo(ReportStatus.QUEUED);
    }

    @Test
    void aDeletedReportIsGone() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);

        assertThat(reports().delete(report.id())).isTrue();
        assertThat(reports().delete(report.id())).isFalse();
        assertThat(reports().find(report.id())).isEmpty();
        assertThat(reports().findByAudit(audit)).isEmpty();
        assertThat(reports().findActive(audit, report.fingerprint())).isEmpty();
    }

    // --- retention ---------------------------------------------------------------------------------------------

    /** This test's expired reports of {@code audit}, in the order the retention gives them. */
    private List<ReportId> expired(AuditId audit, Instant cutoff, int limit) {
        return retention().finishedUntil(cutoff, limit).stream().filter(r -> r.auditId().equals(audit))
                .map(Report::id).toList();
    }

    @Test
    void finishedReportsChangedAtOrBeforeTheCutOffExpireLeastRecentlyChangedFirstAndActiveOnesNever() {
        AuditId audit = newAudit();
        Report failed = reports().createUnlessActive(newReport(audit, ReportTemplate.TECHNICAL, ReportOptions.none(),
                t0));
        reports().update(failed.id(), r -> r.claim("w", t0, LEASE, POLICY).fail("w", "bad logo", t0.plusSeconds(30)));
        Report ready = created(audit, t0);
        reports().update(ready.id(), r -> r.claim("w", t0, LEASE, POLICY).stored("w", file(r), t0)
                .ready("w", t0.plusSeconds(10)));
        Report cancelled = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE,
                ReportOptions.none(), t0));
        reports().update(cancelled.id(), r -> r.cancel(t0.plusSeconds(20)));
        Report queued = reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD,
                new ReportOptions("Other name", null, null), t0));
        Report stored = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE,
                new ReportOptions("Other name", null, null), t0));
        reports().update(stored.id(), r -> r.claim("w", t0, LEASE, POLICY).stored("w", file(r), t0));
        Report late = reports().createUnlessActive(newReport(audit, ReportTemplate.TECHNICAL,
                new ReportOptions("Other name", null, null), t0));
        reports().update(late.id(), r -> r.cancel(t0.plusSeconds(40)));

        assertThat(expired(audit, t0.plusSeconds(30), 1_000)).as("the cut-off is inclusive; active ones never")
                .containsExactly(ready.id(), cancelled.id(), failed.id());
        assertThat(expired(audit, t0.plusSeconds(29), 1_000)).containsExactly(ready.id(), cancelled.id());
        assertThat(expired(audit, t0.plus(Duration.ofHours(20)), 1_000))
                .containsExactly(ready.id(), cancelled.id(), failed.id(), late.id());
        assertThat(expired(audit, t0.plusSeconds(9), 1_000)).isEmpty();
        assertThat(queued.status()).isEqualTo(ReportStatus.QUEUED);
    }

    @Test
    void theRetentionGivesAtMostTheLimitTheOldestFirst() {
        AuditId audit = newAudit();
        List<ReportId> cancelled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Report report = reports().createUnlessActive(newReport(audit, ReportTemplate.STANDARD,
                    new ReportOptions("Name " + i, null, null), t0));
            Instant at = t0.plusSeconds(50 - 10L * i);
            reports().update(report.id(), r -> r.cancel(at));
            cancelled.add(0, report.id());
        }

        List<Report> two = retention().finishedUntil(t0.plusSeconds(60), 2);

        assertThat(two).hasSize(2);
        assertThat(two).extracting(Report::id).containsExactly(cancelled.get(0), cancelled.get(1));
        assertThat(expired(audit, t0.plusSeconds(60), 1_000)).containsExactlyElementsOf(cancelled);
    }

    // --- the job queue -----------------------------------------------------------------------------------------

    private Optional<Report> claim(String worker, Instant now) {
        return queue().claimNext(now, r -> r.claim(worker, now, LEASE, POLICY));
    }

    @Test
    void theJobDueLongestIsClaimedFirstAndAJobIsNotClaimedBeforeItIsDue() {
        AuditId audit = newAudit();
        Report later = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE, ReportOptions.none(),
                t0.plusSeconds(20)));
        Report earlier = created(audit, t0.plusSeconds(10));

        assertThat(claim("w", t0.plusSeconds(9))).isEmpty();
        Report first = claim("w", t0.plusSeconds(30)).orElseThrow();
        Report second = claim("w", t0.plusSeconds(30)).orElseThrow();

        assertThat(first.id()).isEqualTo(earlier.id());
        assertThat(second.id()).isEqualTo(later.id());
        assertThat(first.status()).isEqualTo(ReportStatus.RENDERING);
        assertThat(first.lease()).contains(new ReportLease("w", t0.plusSeconds(30).plus(LEASE)));
        assertSameReport(stored(first.id()), first);
        assertThat(claim("w", t0.plusSeconds(30))).isEmpty();
    }

    @Test
    void aJobWaitsOutItsBackOff() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        claim("w", t0).orElseThrow();
        reports().update(report.id(), r -> r.retryLater("w", "storage down", t0, POLICY));

        assertThat(claim("w", t0.plusSeconds(29))).isEmpty();
        Report again = claim("w2", t0.plusSeconds(30)).orElseThrow();

        assertThat(again.id()).isEqualTo(report.id());
        assertThat(again.attempts()).isEqualTo(2);
    }

    @Test
    void aJobWhoseLeaseLapsedIsClaimableAgainAndItsFormerWorkerLosesIt() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        claim("crashed", t0).orElseThrow();

        assertThat(claim("w2", t0.plus(LEASE).minusNanos(1_000))).as("the lease still holds").isEmpty();
        Report takenOver = claim("w2", t0.plus(LEASE)).orElseThrow();

        assertThat(takenOver.id()).isEqualTo(report.id());
        assertThat(takenOver.attempts()).isEqualTo(2);
        assertThat(takenOver.lease().orElseThrow().worker()).isEqualTo("w2");
        assertThatThrownBy(() -> reports().update(report.id(), r -> r.stored("crashed", file(r), t0.plus(LEASE))))
                .isInstanceOf(ara.domain.report.ReportLeaseLost.class);
        assertThat(stored(report.id()).lease().orElseThrow().worker()).isEqualTo("w2");
    }

    @Test
    void aRenewedLeaseIsStoredAndKeepsTheJobFromBeingClaimed() {
        AuditId audit = newAudit();
        Report report = created(audit, t0);
        claim("slow", t0).orElseThrow();
        Instant renewedAt = t0.plus(LEASE).minusSeconds(1);

        Report renewed = reports().update(report.id(), r -> r.renew("slow", renewedAt, LEASE));

        assertThat(renewed.lease()).contains(new ReportLease("slow", renewedAt.plus(LEASE)));
        assertSameReport(stored(report.id()), renewed);
        assertThat(claim("w2", t0.plus(LEASE))).as("the renewed lease holds").isEmpty();
        Report takenOver = claim("w2", renewedAt.plus(LEASE)).orElseThrow();
        assertThat(takenOver.attempts()).isEqualTo(2);
    }

    @Test
    void finishedJobsAreNeverClaimed() {
        AuditId audit = newAudit();
        Report cancelled = created(audit, t0);
        reports().update(cancelled.id(), r -> r.cancel(t0));
        Report ready = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE, ReportOptions.none(),
                t0));
        reports().update(ready.id(), r -> r.claim("w", t0, LEASE, POLICY).stored("w", file(r), t0).ready("w", t0));
        Report failed = reports().createUnlessActive(newReport(audit, ReportTemplate.TECHNICAL, ReportOptions.none(),
                t0));
        reports().update(failed.id(), r -> r.claim("w", t0, LEASE, POLICY).fail("w", "bad logo", t0));

        assertThat(claim("w", t0.plus(Duration.ofHours(20)))).isEmpty();
    }

    @Test
    void aClaimerSkipsAJobAnotherClaimerHoldsInsteadOfWaitingForIt() throws Exception {
        AuditId audit = newAudit();
        Report first = created(audit, t0);
        Report second = reports().createUnlessActive(newReport(audit, ReportTemplate.EXECUTIVE, ReportOptions.none(),
                t0.plusSeconds(1)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Instant now = t0.plusSeconds(2);
            Future<Optional<Report>> slow = pool.submit(() -> queue().claimNext(now, r -> {
                holding.countDown();
                await(release);
                return r.claim("slow", now, LEASE, POLICY);
            }));
            assertThat(holding.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            Optional<Report> fast = claim("fast", now);
            release.countDown();

            assertThat(fast).map(Report::id).contains(second.id());
            assertThat(slow.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).map(Report::id).contains(first.id());
            assertThat(stored(first.id()).lease().orElseThrow().worker()).isEqualTo("slow");
            assertThat(stored(second.id()).lease().orElseThrow().worker()).isEqualTo("fast");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentClaimersNeverGetTheSameJobAndTogetherGetThemAll() throws Exception {
        int jobs = 40;
        int claimers = 8;
        Set<ReportId> created = new HashSet<>();
        for (int i = 0; i < jobs; i++) {
            AuditId audit = newAudit();
            created.add(created(audit, t0.plusMillis(i)).id());
        }
        Instant now = t0.plusSeconds(60);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        List<ReportId> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                String worker = "claimer-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (Optional<Report> job = claim(worker, now); job.isPresent(); job = claim(worker, now)) {
                        claimed.add(job.get().id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> claimer : done) {
                claimer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(created);
        assertThat(claim("late", now)).isEmpty();
        for (ReportId id : created) {
            assertThat(stored(id).attempts()).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other claimer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
