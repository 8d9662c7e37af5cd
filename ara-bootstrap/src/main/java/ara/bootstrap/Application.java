package ara.bootstrap;

import ara.adapter.identity.jwt.NimbusTokenVerifier;
import ara.adapter.report.pdf.FlyingSaucerReportRenderer;
import ara.adapter.web.RequestAdmissions;
import ara.adapter.web.WebAdmin;
import ara.adapter.web.WebOperations;
import ara.adapter.web.WebServer;
import ara.adapter.web.WebSettings;
import ara.adapter.webhook.HostResolver;
import ara.adapter.webhook.JettyWebhookSender;
import ara.adapter.webhook.WebhookSettings;
import ara.application.port.out.notification.Mailer;
import ara.application.port.out.outbox.EventChannels;
import ara.application.service.audit.CacheStatistics;
import ara.application.service.audit.CachingAuditRepository;
import ara.application.service.health.CheckHealthService;
import ara.application.service.notification.Mailing;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.ReportSettings;
import ara.bootstrap.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running server and its lifecycle: {@link #start} wires it ({@link Stores} for the chosen backend,
 * {@link UseCases} over them, {@link Instrumentation} around them) and serves HTTP; {@link #close} drains and stops.
 * The launcher and the end-to-end tests both start ARA here; the one-shot commands use the same wiring through
 * {@link OneShot}. Not thread-safe for start/close (called once each).
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Telemetry telemetry;
    private final NimbusTokenVerifier tokens;
    private final Assistants assistants;
    private final Stores stores;
    private final CheckHealthService health;
    private final WebServer web;
    private final ReportWorkers workers;
    private final OutboxDispatcher dispatcher;
    private final Maintenance maintenance;
    private final Mail mail;
    /** Posts webhooks (Jetty's HTTP client); closed after the dispatcher's last round. */
    private final JettyWebhookSender webhookSender;
    private final Duration drain;

    private Application(Telemetry telemetry, NimbusTokenVerifier tokens, Assistants assistants, Stores stores,
                        CheckHealthService health, WebServer web, ReportWorkers workers, OutboxDispatcher dispatcher,
                        Maintenance maintenance, Mail mail, JettyWebhookSender webhookSender, Duration drain) {
        this.telemetry = telemetry;
        this.tokens = tokens;
        this.assistants = assistants;
        this.stores = stores;
        this.health = health;
        this.web = web;
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.maintenance = maintenance;
        this.mail = mail;
        this.webhookSender = webhookSender;
        this.drain = drain;
    }

    /**
     * Wires ARA and starts serving HTTP, with the OpenTelemetry SDK the {@code OTEL_*} variables describe.
     *
     * @throws InvalidConfiguration when a setting cannot be used (an unwritable data directory, …)
     */
    public static Application start(AraSettings settings, Clock systemClock) {
        return start(settings, systemClock, Telemetry.configure(settings.observability().otel(), null), started -> { });
    }

    /**
     * Wires ARA with this telemetry (which ARA then owns and closes) and starts serving HTTP. ReadinessView says
     * "starting" until {@code beforeServing} has run, right after the server began listening (tests observe the
     * starting phase there), and the report workers start right after it.
     *
     * @throws InvalidConfiguration when a setting cannot be used (an unwritable data directory, …)
     */
    public static Application start(AraSettings settings, Clock systemClock, Telemetry telemetry,
                                    Consumer<Application> beforeServing) {
        // Stored timestamps keep microseconds (DATETIME(6)); a clock that ticks in microseconds makes what a write
        // returns equal to what a later read returns.
        Clock clock = Clock.tick(systemClock, Duration.ofNanos(1_000));
        DataDirectory.prepare(settings.dataDir());
        Instrumentation traced = Instrumentation.of(telemetry);
        NimbusTokenVerifier tokens = new NimbusTokenVerifier(Identity.jwtSettings(settings));
        Assistants assistants = Assistants.of(settings.assistant());
        Stores stores = null;
        WebServer web = null;
        JettyWebhookSender webhookSender = null;
        try {
            stores = Stores.open(settings, clock, traced);
            UseCases useCases = new UseCases(settings, clock, stores, traced.auditMetrics());
            CheckHealthService health = useCases.checkHealth();
            WebOperations operations = new WebOperations(health, telemetry::scrape, telemetry.openTelemetry(),
                    settings.observability().metricsToken());
            webhookSender = new JettyWebhookSender(WebhookSettings.defaults(settings.outbox().webhookAllowPrivate()),
                    HostResolver.system(), clock);
            WebAdmin admin = traced.admin(useCases.admin(webhookSender));
            RequestAdmissions admissions = new RequestAdmissions();
            Mail mail = Mail.of(settings.mail(), clock);
            PublicUrl publicUrl = new PublicUrl(settings.mail().publicUrl());
            Mailing mailing = useCases.mailing(mail.mailer(), publicUrl);
            web = new WebServer(traced.useCases(useCases.web(tokens, assistants, admissions, mailing)), admissions,
                    operations, Optional.of(admin), webSettings(settings)).start();
            stores.objects().serverListensOn(web.port());
            publicUrl.serverListensOn(web.port());
            ReportWorkers workers = reportWorkers(settings, useCases);
            traced.outbox(stores.records().outbox());
            // The mail channel, and the webhooks' channels (one per endpoint).
            EventChannels channels = EventChannels.all(List.of(EventChannels.of(List.of(useCases.mailChannel(mailing))),
                    useCases.webhookChannels(webhookSender)));
            OutboxDispatcher dispatcher = new OutboxDispatcher(useCases.eventDispatcher(channels),
                    settings.outbox().pollInterval(), Duration.ofMillis(settings.server().shutdownMillis()));
            Application application = new Application(telemetry, tokens, assistants, stores, health, web, workers,
                    dispatcher, Maintenance.schedule(admin, List.of(useCases.cleanUpOutbox()::cleanUp,
                            useCases.cleanUpMailRecords()::cleanUp), settings.maintenance(), mail), mail,
                    webhookSender, settings.observability().drain());
            beforeServing.accept(application);
            workers.start();
            dispatcher.start();
            health.serving();
            return application;
        } catch (RuntimeException e) {
            if (web != null) {
                web.stop();
            }
            if (stores != null) {
                stores.close();
            }
            if (webhookSender != null) {
                webhookSender.close();
            }
            tokens.close();
            telemetry.close();
            assistants.close();
            throw e;
        }
    }

    /**
     * The render workers, not yet started: the renderer is warmed by the first worker before it takes a job (a cold
     * Flying Saucer render takes about a second), off the start-up path, so that ARA serves HTTP at once.
     */
    private static ReportWorkers reportWorkers(AraSettings settings, UseCases useCases) {
        ReportSettings report = settings.reports();
        FlyingSaucerReportRenderer renderer = new FlyingSaucerReportRenderer();
        return new ReportWorkers(useCases.runReportJob(renderer), report.workers(), report.pollInterval(),
                Duration.ofMillis(settings.server().shutdownMillis()), report.lease().dividedBy(3), renderer::warmUp);
    }

    private static WebSettings webSettings(AraSettings settings) {
        return new WebSettings(settings.server().host(), settings.server().port(),
                settings.server().maxRequestBytes(), settings.server().virtualThreads(),
                Duration.ofMillis(settings.server().shutdownMillis()), settings.server().corsOrigins(),
                settings.server().trustedProxies(), Duration.ofSeconds(settings.server().bodyReadSeconds()),
                settings.server().maxQuestionnaireBytes(), settings.server().clientAddressHeader());
    }

    /** The progress cache's hits and misses so far, if ARA runs one. */
    public Optional<CacheStatistics> cacheStatistics() {
        return stores.progressCache().map(CachingAuditRepository::statistics);
    }

    /** The mail channel (SMTP, or .eml files in the data directory) the outbox's mail subscriber sends through. */
    public Mailer mailer() {
        return mail.mailer();
    }

    /** The port ARA listens on (useful when configured as 0). */
    public int port() {
        return web.port();
    }

    /**
     * Stops gracefully: readiness turns 503 at once and stays so for the drain time while the server still serves
     * (load balancers take this instance out), then the server stops accepting and in-flight requests finish, then
     * the report workers finish the jobs they are rendering and the outbox dispatcher its round, then the storage,
     * Redis and the database pool close.
     */
    @Override
    public void close() {
        LOG.info("ARA stopping: not ready from now on, draining for {} ms", drain.toMillis());
        health.draining();
        maintenance.close();
        try {
            Thread.sleep(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            web.stop();
        } finally {
            try {
                workers.close();
                dispatcher.close();
            } finally {
                webhookSender.close();
                telemetry.close();
                tokens.close();
                assistants.close();
                stores.close();
            }
        }
        LOG.info("ARA stopped");
    }
}
