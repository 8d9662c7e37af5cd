package ara.bootstrap;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.port.out.questionnaire.PublishedDocuments;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbiPublishedDocuments;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.adapter.telemetry.Traced;
import ara.adapter.web.WebAdmin;
import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanUpReportsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.ListQuestionnaireVersionsUseCase;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.application.port.out.report.ReportStatistics;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.admin.CleanUpAuditLogService;
import ara.application.service.admin.CleanUpGuestsService;
import ara.application.service.admin.CleanUpReportsService;
import ara.application.service.admin.GetStatsService;
import ara.application.service.admin.ListQuestionnaireVersionsService;
import ara.application.service.admin.PublishQuestionnaireService;
import ara.bootstrap.config.MaintenanceSettings;
import ara.domain.audit.GuestRetention;
import io.opentelemetry.api.trace.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The admin use cases over the stores (one factory for the server and the command line), and the schedule that runs
 * the retention clean-ups: every instance schedules them, the lease lets one at a time run each (docs/adr/0014).
 * Thread-safe.
 */
final class Maintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    static final String SCHEDULER = "scheduler";

    private final ScheduledExecutorService scheduler;

    private Maintenance(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** The stores the admin use cases work on. */
    record Stores(AuditRetention retention, AuditStatistics statistics, MaintenanceLease lease, AuditLog log,
                  PublishingQuestionnaireCatalog catalog, ReportRepository reports, ReportStatistics reportCounts,
                  ReportRetention reportRetention, UploadRegistry uploads, ObjectStorage storage) {
    }

    static WebAdmin useCases(Stores stores, MaintenanceSettings settings, Clock clock) {
        String holder = holder();
        AuditLog log = stores.log();
        MaintenanceLease lease = stores.lease();
        PublishingQuestionnaireCatalog catalog = stores.catalog();
        return new WebAdmin(
                new CleanUpGuestsService(stores.retention(), GuestRetention.DEFAULT, stores.reports(),
                        stores.uploads(), stores.storage(), lease, holder, log, clock),
                new CleanUpAuditLogService(log, lease, holder, clock),
                new GetStatsService(stores.statistics(), stores.reportCounts(), log),
                new PublishQuestionnaireService(catalog, catalog, log, clock),
                new ListQuestionnaireVersionsService(catalog, catalog),
                new CleanUpReportsService(stores.reportRetention(), stores.reports(), stores.storage(),
                        settings.reportRetention(), lease, holder, log, clock));
    }

    /** The catalog: the shipped files plus the versions published to the store (database or memory). */
    static PublishingQuestionnaireCatalog catalog(Database database, Clock clock) {
        PublishedDocuments store = database == null ? new InMemoryPublishedDocuments()
                : new JdbiPublishedDocuments(database);
        return new PublishingQuestionnaireCatalog(new ClasspathQuestionnaireCatalog(), store, clock,
                PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
    }

    /** The same use cases, each behind a span per call. */
    static WebAdmin traced(WebAdmin admin, Tracer tracer) {
        return new WebAdmin(Traced.useCase(CleanUpGuestsUseCase.class, admin.cleanUpGuests(), tracer),
                Traced.useCase(CleanUpAuditLogUseCase.class, admin.cleanUpAuditLog(), tracer),
                Traced.useCase(GetStatsUseCase.class, admin.stats(), tracer),
                Traced.useCase(PublishQuestionnaireUseCase.class, admin.publishQuestionnaire(), tracer),
                Traced.useCase(ListQuestionnaireVersionsUseCase.class, admin.questionnaireVersions(), tracer),
                Traced.useCase(CleanUpReportsUseCase.class, admin.cleanUpReports(), tracer));
    }

    /** Runs the clean-ups every interval (the first after one interval), unless the schedule is off. */
    static Maintenance schedule(WebAdmin admin, MaintenanceSettings settings) {
        Optional<Duration> interval = settings.interval();
        if (interval.isEmpty()) {
            LOG.info("Retention clean-ups are not scheduled ({}=0)", MaintenanceSettings.INTERVAL);
            return new Maintenance(null);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("ara-maintenance").daemon(true).factory());
        long minutes = interval.get().toMinutes();
        scheduler.scheduleWithFixedDelay(() -> {
            run(admin.cleanUpGuests()::cleanUp);
            run(admin.cleanUpAuditLog()::cleanUp);
            run(admin.cleanUpReports()::cleanUp);
        }, minutes, minutes, TimeUnit.MINUTES);
        return new Maintenance(scheduler);
    }

    private static void run(Function<CleanUpCommand, CleanupView> cleanUp) {
        try {
            CleanupView view = cleanUp.apply(new CleanUpCommand(false, SCHEDULER));
            LOG.info("{}: deleted {}{}", view.job(), view.count(), view.more() ? " (more left for the next run)" : "");
        } catch (MaintenanceBusy e) {
            LOG.debug("{}: another instance runs it", e.job());
        } catch (RuntimeException e) {
            // The next run tries again; a scheduled task that throws would never run again.
            LOG.warn("retention clean-up failed", e);
        }
    }

    /** This process's name in the leases: host name and a random suffix (two processes on one host differ). */
    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 150 ? host.substring(0, 150) : host) + "/" + suffix;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
