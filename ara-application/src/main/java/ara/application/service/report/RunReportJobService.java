package ara.application.service.report;

import ara.application.port.in.report.RunReportJobUseCase;
import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.report.ReportContent;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRenderer;
import ara.application.port.out.report.ReportRenderingFailed;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditStatus;
import ara.domain.report.Logo;
import ara.domain.report.LogoRejected;
import ara.domain.report.Report;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportLeaseLost;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportStatus;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service: runs report jobs for the workers. Claims the job due longest (under a lease), renders it, stores the
 * document under {@code reports/{auditId}/{reportId}.pdf} with its audit, report and template as metadata, records
 * size and SHA-256 on the report ({@code STORED}), marks the audit {@code REPORT_READY} if this is its first report,
 * and finishes the job ({@code READY}). A failure that may pass (storage, database or renderer trouble) queues the
 * job again after the policy's back-off, until its attempts run out; one that cannot pass (an unreadable logo, an
 * audit without a result) fails it at once. A job whose worker died is taken over when its lease lapses; since the
 * document's key is the report's, a second attempt overwrites rather than duplicates. A worker that lost its job
 * (cancelled, or taken over) drops it, removing what it stored if the job was cancelled. While a worker runs a job,
 * {@link #renewLeases} keeps its lease from lapsing. Thread-safe: any number of workers share one instance.
 */
public final class RunReportJobService implements RunReportJobUseCase {
    private static final Logger LOG = System.getLogger(RunReportJobService.class.getName());

    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final ReportRepository reports;
    private final ReportJobQueue queue;
    private final ObjectStorage storage;
    private final ReportRenderer renderer;
    private final ReportRetryPolicy policy;
    private final Duration lease;
    private final AuditMetrics metrics;
    private final Clock clock;
    /** The job each of this instance's workers is running right now, by worker. */
    private final Map<String, ReportId> running = new ConcurrentHashMap<>();

    /**
     * @param lease how long a worker holds a job; longer than any render and store takes, short enough that a dead
     *              worker's job is soon taken over
     * @param metrics counts the reports that became ready ({@code success}) or failed for good ({@code failure})
     */
    public RunReportJobService(QuestionnaireCatalog catalog, AuditRepository audits, ReportRepository reports,
                               ReportJobQueue queue, ObjectStorage storage, ReportRenderer renderer,
                               ReportRetryPolicy policy, Duration lease, AuditMetrics metrics, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lease must be at least 1 s, got " + lease);
        }
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Report> runNext(String worker) {
        Objects.requireNonNull(worker, "worker");
        Optional<Report> claimed = queue.claimNext(clock.instant(),
                due -> due.claim(worker, clock.instant(), lease, policy));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Report job = claimed.get();
        if (job.status() == ReportStatus.FAILED) {
            LOG.log(Level.WARNING, "report {0} failed: {1}", job.id(), job.lastError().orElse(""));
            metrics.reportGenerated(job.template().code(), "failure");
            return claimed;
        }
        Report after;
        running.put(worker, job.id());
        try {
            after = run(worker, job);
        } catch (ReportLeaseLost | ReportNotFound e) {
            return Optional.of(dropped(job));
        } finally {
            running.remove(worker);
        }
        if (after.status() == ReportStatus.READY || after.status() == ReportStatus.FAILED) {
            metrics.reportGenerated(after.template().code(), after.status() == ReportStatus.READY ? "success"
                    : "failure");
        }
        return Optional.of(after);
    }

    @Override
    public int renewLeases() {
        int renewed = 0;
        for (Map.Entry<String, ReportId> job : running.entrySet()) {
            String worker = job.getKey();
            try {
                reports.update(job.getValue(), current -> current.renew(worker, clock.instant(), lease));
                renewed++;
            } catch (ReportLeaseLost | ReportNotFound e) {
                LOG.log(Level.DEBUG, "report {0}: not renewed, {1} no longer holds it", job.getValue(), worker);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "report {0}: lease not renewed ({1}); trying again shortly", job.getValue(),
                        e.toString());
            }
        }
        return renewed;
    }

    private Report run(String worker, Report job) {
        try {
            Report stored = job.status() == ReportStatus.RENDERING ? renderAndStore(worker, job) : job;
            audits.update(stored.auditId(), audit -> audit.status() == AuditStatus.SCORED
                    ? audit.moveTo(AuditStatus.REPORT_READY, clock.instant()) : audit);
            Report ready = reports.update(job.id(), current -> current.ready(worker, clock.instant()));
            LOG.log(Level.INFO, "report {0} of audit {1} is ready ({2} bytes, attempt {3})", ready.id(),
                    ready.auditId(), ready.file().map(ReportFile::size).orElse(0L), ready.attempts());
            return ready;
        } catch (ReportLeaseLost | ReportNotFound e) {
            throw e;
        } catch (LogoRejected | JobCannotSucceed e) {
            LOG.log(Level.WARNING, "report {0} cannot be rendered: {1}", job.id(), e.getMessage());
            return reports.update(job.id(), current -> current.fail(worker, e.getMessage(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report " + job.id() + ": attempt " + job.attempts() + " failed", e);
            return reports.update(job.id(), current -> current.retryLater(worker, reason(e), clock.instant(),
                    policy));
        }
    }

    private Report renderAndStore(String worker, Report job) {
        Audit audit = audits.find(job.auditId()).orElseThrow(() -> new JobCannotSucceed("its audit "
                + job.auditId() + " no longer exists"));
        if (audit.result().isEmpty()) {
            throw new JobCannotSucceed("its audit " + audit.id() + " has no result");
        }
        ReportContent content = ReportContent.of(audit, Schemes.of(catalog, audit), job.template(),
                customization(job), clock.instant());
        byte[] document = renderer.render(content);
        StoredObject object = storage.put(DeleteReportService.documentKey(job), document,
                new ContentType(ReportRenderer.MEDIA_TYPE), ObjectMetadata.of(Map.of(
                        "audit", job.auditId().toString(),
                        "report", job.id().toString(),
                        "template", job.template().code())));
        ReportFile file = new ReportFile(object.key().value(), object.size(), object.sha256(),
                object.contentType().value());
        return reports.update(job.id(), current -> current.stored(worker, file, clock.instant()));
    }

    private ReportCustomization customization(Report job) {
        Optional<String> logoKey = job.options().logo();
        if (logoKey.isEmpty()) {
            return job.options().customization(null);
        }
        StoredContent uploaded = storage.get(new ObjectKey(logoKey.get()))
                .orElseThrow(() -> new LogoNotYetUploaded(logoKey.get()));
        Logo logo = Logo.of(uploaded.content());
        renderer.verify(logo);
        return job.options().customization(logo);
    }

    /** The job was cancelled, deleted or taken over: nothing more to do, but a cancelled job's document must go. */
    private Report dropped(Report job) {
        Optional<Report> now = reports.find(job.id());
        if (now.isEmpty() || now.get().status() == ReportStatus.CANCELLED) {
            try {
                storage.delete(DeleteReportService.documentKey(job));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not remove the document of cancelled report " + job.id(), e);
            }
        }
        LOG.log(Level.INFO, "report {0}: dropped, it is {1} now", job.id(),
                now.map(report -> report.status().code()).orElse("deleted"));
        return now.orElse(job);
    }

    /** What the owner is told about a failed attempt: the kind of trouble, never the internals. */
    private static String reason(RuntimeException e) {
        return switch (e) {
            case StoreUnavailable unavailable -> "the report store or database could not be reached";
            case StorageFailure failure -> "the report store refused the document";
            case ReportRenderingFailed failure -> "the document could not be rendered";
            case LogoNotYetUploaded missing -> missing.getMessage();
            default -> "an unexpected error occurred";
        };
    }

    /** A job that no number of attempts would render (its audit is gone or unscored). */
    private static final class JobCannotSucceed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobCannotSucceed(String why) {
            super("the report cannot be rendered: " + why);
        }
    }

    /** The logo's upload link was issued but nothing was uploaded (yet): worth another attempt later. */
    private static final class LogoNotYetUploaded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LogoNotYetUploaded(String key) {
            super("the logo " + key + " has not been uploaded");
        }
    }
}
