package ara.adapter.web;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryEventOutbox;
import ara.adapter.memory.InMemoryWebhookEndpoints;
import ara.application.service.webhook.AdministerWebhooksService;
import ara.application.service.webhook.WebhookChannels;
import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.adapter.memory.InMemoryMailRecords;
import ara.adapter.memory.InMemoryMaintenanceLease;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.adapter.memory.InMemoryReportRepository;
import ara.adapter.memory.InMemoryResumeTokens;
import ara.adapter.memory.InMemoryUploadRegistry;
import ara.adapter.memory.InMemoryUserRepository;
import ara.application.mail.MailTemplates;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.audit.AuditIdGenerator;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.application.port.out.chat.EmbeddingModel;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.SignedLinks;
import ara.application.service.account.CompareAuditsService;
import ara.application.service.account.DeleteAccountService;
import ara.application.service.account.DeleteAuditService;
import ara.application.service.account.RetakeAuditService;
import ara.application.service.admin.CleanUpAuditLogService;
import ara.application.service.admin.CleanUpGuestsService;
import ara.application.service.admin.CleanUpReportsService;
import ara.application.service.admin.GetStatsService;
import ara.application.service.admin.ListQuestionnaireVersionsService;
import ara.application.service.admin.PublishQuestionnaireService;
import ara.application.service.audit.ClaimAuditService;
import ara.application.service.audit.ClearAnswerService;
import ara.application.service.audit.GetAuditService;
import ara.application.service.audit.GetResultService;
import ara.application.service.audit.GiveGuestEmailService;
import ara.application.service.audit.ListAuditsService;
import ara.application.service.audit.SaveAnswerService;
import ara.application.service.audit.SaveAnswersService;
import ara.application.service.audit.StartAuditService;
import ara.application.service.audit.SubmitAuditService;
import ara.application.service.chat.ListChatMessagesService;
import ara.application.service.chat.SendChatMessageService;
import ara.application.service.chat.SuggestChatPromptsService;
import ara.application.service.idempotency.IdempotentRequestService;
import ara.application.service.identity.AuthenticateService;
import ara.application.service.limit.AdmitRequestService;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.notification.Mailing;
import ara.application.service.notification.ResumeAuditService;
import ara.application.service.notification.SendResumeLinkService;
import ara.application.service.notification.UnsubscribeService;
import ara.application.service.questionnaire.GetQuestionnaireService;
import ara.application.service.questionnaire.ListQuestionnairesService;
import ara.application.service.report.DeleteReportService;
import ara.application.service.report.GetReportLinkService;
import ara.application.service.report.GetReportService;
import ara.application.service.report.ListReportsService;
import ara.application.service.report.RequestReportService;
import ara.application.service.report.RunReportJobService;
import ara.application.service.scoring.ScoreAnswersService;
import ara.application.service.storage.CheckStorageService;
import ara.application.service.storage.DeleteObjectService;
import ara.application.service.storage.GetObjectLinkService;
import ara.application.service.storage.IssueEdgeGrantService;
import ara.application.service.storage.IssueUploadService;
import ara.application.service.storage.ServeSignedFileService;
import ara.contract.MovableClock;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import ara.domain.chat.ChatMessageId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportRetryPolicy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web tests' composition root: the real application services, wired as the production composition root wires
 * them (same constructors, same order), over the in-memory adapters. Test doubles stand in only for the out-ports
 * whose real adapter is an external system: the token verifier ({@link TestTokens}), the object storage and its
 * signed links ({@link TestObjectStorage}), the edge grant signer, the assistant and the embeddings, the report
 * renderer, and the rate limiter ({@link ScriptedRateLimiter}, so that tests can pin its figures). The audits and the
 * catalog are seen through a {@link Hook} (a test makes the store fail or block) that also counts audit writes.
 *
 * <p>The audits use the test questionnaire ({@link TestSchemes}, versions 1 and 2, at a clock standing at
 * {@link #START}); the admin's questionnaire routes publish over the shipped catalog, as in production.
 * The fields are the stores a test may read or seed directly (bypassing the hook and the write count). Thread-safe.
 */
final class TestBackend {
    /** Where the clock stands until a test moves it on. */
    static final Instant START = Instant.parse("2026-11-26T10:15:30Z");
    /** How long the links to report documents work (the longest an S3 link may). */
    static final Duration LINK_VALIDITY = Duration.ofDays(7);
    /** A limit for every scope no test sets: as good as unlimited. */
    private static final RateLimit UNLIMITED = new RateLimit(1_000_000, Duration.ofMinutes(1));
    private static final String HOLDER = "web-tests";
    private static final String WORKER = "web-tests-worker";

    final MovableClock clock = new MovableClock(START);
    final Hook hook = new Hook();
    final InMemoryChatRepository chats = new InMemoryChatRepository();
    /** The events the audits append, which the webhook routes list and replay. */
    final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    final InMemoryAuditRepository storedAudits = new InMemoryAuditRepository(chats, outbox);
    /** The webhook endpoints the admin routes manage. */
    final InMemoryWebhookEndpoints webhookEndpoints = new InMemoryWebhookEndpoints();
    /**
     * The addresses webhook host names resolve to, as the tests set them: {@code hooks.example.com} to a public
     * address, {@code internal.example.com} to a private one; a test may point a name elsewhere (DNS rebinding).
     */
    static final Map<String, byte[]> WEBHOOK_HOSTS = new java.util.concurrent.ConcurrentHashMap<>(Map.of(
            "hooks.example.com", new byte[]{93, (byte) 184, (byte) 215, 14},
            "internal.example.com", new byte[]{10, 1, 2, 3}));
    /** The webhook sender over {@link #WEBHOOK_HOSTS}. */
    final FakeWebhookSender webhookSender = new FakeWebhookSender(WEBHOOK_HOSTS);
    final InMemoryAuditLog log = new InMemoryAuditLog();
    final InMemoryReportRepository reports = new InMemoryReportRepository();
    final InMemoryUploadRegistry uploads = new InMemoryUploadRegistry();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryMaintenanceLease lease = new InMemoryMaintenanceLease();
    final InMemoryPublishedDocuments published = new InMemoryPublishedDocuments();
    final ScriptedRateLimiter limiter = new ScriptedRateLimiter();
    final TestObjectStorage storage = new TestObjectStorage();
    /** The messages the mail use cases sent, in order. */
    final List<MailMessage> mailbox = new CopyOnWriteArrayList<>();
    final InMemoryMailRecords mailRecords = new InMemoryMailRecords();
    final InMemoryResumeTokens resumeTokens = new InMemoryResumeTokens();
    final InMemoryIdempotencyStore idempotencyKeys = new InMemoryIdempotencyStore();

    private final HookedAuditRepository audits = new HookedAuditRepository(storedAudits, hook);
    private final QuestionnaireCatalog catalog = new HookedCatalog(TestSchemes.catalog(), hook);
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Scope, RateLimit> limits = new EnumMap<>(Scope.class);
    private volatile AdmitRequestService admission;
    /** The configured limits as they are now ({@link #limit} rebuilds the service). */
    private final AdmitRequestUseCase admissions = new AdmitRequestUseCase() {
        @Override
        public AdmissionView admit(AdmitRequestCommand command) {
            return admission.admit(command);
        }

        @Override
        public AdmissionView peek(AdmitRequestCommand command) {
            return admission.peek(command);
        }
    };
    /** Where the use cases report the per-audit allowances they spend; the server shows them. */
    final RequestAdmissions shown = new RequestAdmissions();
    private final RunReportJobService worker;
    private final WebUseCases useCases;
    private final WebAdmin admin;

    /** The defaults of ARA: a guest gives an email before submitting; an edge worker is configured. */
    TestBackend() {
        this(GuestSubmitPolicy.EMAIL, true);
    }

    private TestBackend(GuestSubmitPolicy guestPolicy, boolean edgeWorker) {
        for (Scope scope : Scope.values()) {
            limits.put(scope, UNLIMITED);
        }
        admission = new AdmitRequestService(limiter, limits);
        AuditIdGenerator auditIds = () -> new AuditId(nextUuid());
        UniqueIdGenerator ids = this::nextUuid;
        SecretGenerator secrets = this::secret;
        AuditMetrics metrics = AuditMetrics.none();
        AuditAllowances allowances = new AuditAllowances(admissions, shown);
        Optional<EdgeGrantSigner> edge = edgeWorker ? Optional.of(new TestEdgeGrantSigner(clock)) : Optional.empty();
        EmbeddingModel noEmbeddings = text -> {
            throw new AssistantUnavailable("the web tests embed nothing; recall is optional");
        };
        worker = new RunReportJobService(catalog, audits, reports, reports, storage, new FixedReportRenderer(),
                ReportRetryPolicy.DEFAULT, Duration.ofMinutes(1), metrics, clock);
        useCases = new WebUseCases(
                new GetQuestionnaireService(catalog),
                new ListQuestionnairesService(catalog),
                new StartAuditService(catalog, audits, guestPolicy, auditIds, secrets, log, clock),
                new GetAuditService(catalog, audits, guestPolicy, log, clock),
                new SaveAnswerService(catalog, audits, guestPolicy, log, clock, allowances),
                new SaveAnswersService(catalog, audits, guestPolicy, log, clock, allowances),
                new ClearAnswerService(catalog, audits, guestPolicy, log, clock, allowances),
                new SubmitAuditService(catalog, audits, guestPolicy, log, clock, allowances),
                new GetResultService(audits, log, clock),
                new ListAuditsService(audits),
                new ScoreAnswersService(catalog, clock),
                new AuthenticateService(new TestTokens(), users, log, clock),
                new ClaimAuditService(catalog, audits, guestPolicy, log, clock),
                new GiveGuestEmailService(catalog, audits, guestPolicy, log, clock),
                admissions,
                new IdempotentRequestService(idempotencyKeys, IdempotentRequestService.DEFAULT_RETENTION),
                new ReportUseCases(
                        new RequestReportService(audits, reports, uploads, ids, log, clock, allowances),
                        new GetReportService(audits, reports, log, clock),
                        new ListReportsService(audits, reports, log, clock),
                        new DeleteReportService(audits, reports, storage, log, clock),
                        new GetReportLinkService(audits, reports, storage, LINK_VALIDITY, log, clock)),
                new StorageUseCases(
                        new IssueUploadService(audits, reports, uploads, storage, ids, log, clock,
                                allowances),
                        new GetObjectLinkService(audits, reports, uploads, storage, LINK_VALIDITY, log, clock),
                        new DeleteObjectService(audits, reports, uploads, storage, log, clock),
                        new CheckStorageService(storage),
                        new ServeSignedFileService(Optional.<SignedLinks>of(storage)),
                        new IssueEdgeGrantService(audits, reports, uploads, edge, ids, log, clock, allowances)),
                new AssistantUseCases(
                        new SendChatMessageService(catalog, audits, guestPolicy, chats,
                                List.of(new ScriptedAssistant()),
                                noEmbeddings, () -> new ChatMessageId(nextUuid()), log, clock, metrics,
                                allowances),
                        new ListChatMessagesService(audits, chats, log, clock),
                        new SuggestChatPromptsService(catalog, audits, guestPolicy, log, clock)),
                mailUseCases(secrets, guestPolicy),
                new AccountUseCases(
                        new DeleteAuditService(audits, audits, reports, uploads, storage, idempotencyKeys, log, clock),
                        new DeleteAccountService(audits, audits, reports, uploads, storage, idempotencyKeys, users, log,
                                actor -> "pseudonym:" + Integer.toHexString(actor.hashCode()), clock),
                        new RetakeAuditService(catalog, audits, guestPolicy, auditIds, secrets, log, clock),
                        new CompareAuditsService(catalog, audits, log, clock)));
        PublishingQuestionnaireCatalog publishing = new PublishingQuestionnaireCatalog(
                new ClasspathQuestionnaireCatalog(), published, clock, PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
        admin = new WebAdmin(
                new CleanUpGuestsService(audits, GuestRetention.DEFAULT, reports, uploads, storage, lease, HOLDER, log,
                        clock),
                new CleanUpAuditLogService(log, lease, HOLDER, clock),
                new GetStatsService(storedAudits, reports, log),
                new PublishQuestionnaireService(publishing, publishing, log, clock),
                new ListQuestionnaireVersionsService(publishing, publishing),
                new CleanUpReportsService(reports, reports, storage, Duration.ofDays(90), lease, HOLDER, log, clock),
                new AdministerWebhooksService(webhookEndpoints, webhookSender, secrets, ids, outbox,
                        new WebhookChannels(webhookEndpoints, webhookSender, log, clock), clock));
    }

    private MailUseCases mailUseCases(SecretGenerator secrets, GuestSubmitPolicy guestPolicy) {
        Mailing mailing = new Mailing(mailbox::add, mailRecords, resumeTokens, value -> Integer.toHexString(
                ("key:" + value).hashCode()) + "x" + Integer.toHexString(value.hashCode()), secrets,
                () -> URI.create("https://ara.test"), new MailTemplates(), log, clock);
        return new MailUseCases(new SendResumeLinkService(mailing, audits),
                new ResumeAuditService(mailing, audits, catalog, guestPolicy), new UnsubscribeService(mailing));
    }

    /** A backend whose guests must sign in and claim their audit before submitting ({@code ARA_GUEST_SUBMIT=login}). */
    static TestBackend loginToSubmit() {
        return new TestBackend(GuestSubmitPolicy.LOGIN, true);
    }

    /** A backend without an edge worker ({@code ARA_EDGE_WORKER_URL} unset): no grants are issued. */
    static TestBackend withoutEdgeWorker() {
        return new TestBackend(GuestSubmitPolicy.EMAIL, false);
    }

    WebUseCases useCases() {
        return useCases;
    }

    WebAdmin admin() {
        return admin;
    }

    /** How many times an audit was stored (created, or changed by a service). */
    int writes() {
        return audits.writes();
    }

    /**
     * Limits {@code scope} to {@code count} requests per subject and minute from now on (the other scopes keep
     * theirs). Limits are configuration, which the service reads when it is built: this builds it again, over the
     * same limiter, so what was counted stays counted.
     */
    synchronized void limit(Scope scope, int count) {
        limits.put(scope, new RateLimit(count, Duration.ofMinutes(1)));
        admission = new AdmitRequestService(limiter, limits);
    }

    /** Plays a report worker: renders the next queued report, which must be this one, and answers it ready. */
    Report finishReport(String reportId) {
        Report done = worker.runNext(WORKER).orElseThrow(() -> new IllegalStateException("no report is queued"));
        if (!done.id().equals(ReportId.parse(reportId))) {
            throw new IllegalStateException("the worker took report " + done.id() + ", not " + reportId);
        }
        return done;
    }

    private UUID nextUuid() {
        return new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | sequence.incrementAndGet());
    }

    /** Secret bytes that differ per call (a counter in every byte), never all zero. */
    private byte[] secret(int count) {
        byte[] bytes = new byte[count];
        long next = sequence.incrementAndGet();
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (next + i * 31);
        }
        return bytes;
    }
}
