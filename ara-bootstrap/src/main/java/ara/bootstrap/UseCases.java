package ara.bootstrap;

import ara.adapter.web.AccountUseCases;
import ara.adapter.web.AssistantUseCases;
import ara.adapter.web.MailUseCases;
import ara.adapter.web.ReportUseCases;
import ara.adapter.web.StorageUseCases;
import ara.adapter.web.WebAdmin;
import ara.adapter.web.WebUseCases;
import ara.application.mail.MailTemplates;
import ara.application.port.in.limit.AdmitRequestUseCase.AdmissionListener;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.audit.AuditIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.health.HealthCheck;
import ara.application.port.out.identity.TokenVerifier;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.notification.Mailer;
import ara.application.port.out.outbox.EventChannels;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.report.ReportRenderer;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.port.out.webhook.WebhookSender;
import ara.application.service.account.CompareAuditsService;
import ara.application.service.account.DeleteAccountService;
import ara.application.service.account.DeleteAuditService;
import ara.application.service.account.RetakeAuditService;
import ara.application.service.admin.CleanUpAuditLogService;
import ara.application.service.admin.CleanUpGuestsService;
import ara.application.service.admin.CleanUpMailRecordsService;
import ara.application.service.admin.CleanUpOutboxService;
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
import ara.application.service.health.CheckHealthService;
import ara.application.service.idempotency.IdempotentRequestService;
import ara.application.service.identity.AuthenticateService;
import ara.application.service.limit.AdmitRequestService;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.notification.MailChannel;
import ara.application.service.notification.Mailing;
import ara.application.service.notification.ResumeAuditService;
import ara.application.service.notification.SendResumeLinkService;
import ara.application.service.notification.UnsubscribeService;
import ara.application.service.outbox.DispatchPolicy;
import ara.application.service.outbox.EventDispatcher;
import ara.application.service.outbox.OutboxHealthCheck;
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
import ara.application.service.webhook.AdministerWebhooksService;
import ara.application.service.webhook.WebhookChannels;
import ara.atrest.seal.KeyedHash;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ReportSettings;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import ara.domain.chat.ChatMessageId;
import ara.domain.report.ReportRetryPolicy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One small factory method per use case, over the {@link Stores}; {@link #web} and {@link #admin} group them as the
 * web adapter takes them. Every command builds its use cases here. Not thread-safe: used while wiring.
 */
final class UseCases {
    private final AraSettings settings;
    private final Clock clock;
    private final Stores stores;
    private final AuditMetrics metrics;
    private final AuditIdGenerator auditIds = () -> new AuditId(UUID.randomUUID());
    private final UniqueIdGenerator uuids = UUID::randomUUID;
    private final SecretGenerator secrets;
    /** This process's name in the maintenance leases. */
    private final String holder = holder();

    UseCases(AraSettings settings, Clock clock, Stores stores, AuditMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.stores = stores;
        this.metrics = metrics;
        SecureRandom random = new SecureRandom();
        this.secrets = count -> {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /**
     * Every use case the web adapter serves.
     *
     * @param admissions told of every per-audit allowance the use cases spend (the web adapter's headers)
     */
    WebUseCases web(TokenVerifier tokens, Assistants assistants, AdmissionListener admissions, Mailing mailing) {
        AuditAllowances allowances = new AuditAllowances(admitRequest(), admissions);
        return new WebUseCases(getQuestionnaire(), listQuestionnaires(), startAudit(), getAudit(),
                saveAnswer(allowances), saveAnswers(allowances), clearAnswer(allowances), submitAudit(allowances),
                getResult(), listAudits(), scoreAnswers(), authenticate(tokens), claimAudit(), giveGuestEmail(),
                admitRequest(), idempotentRequest(),
                new ReportUseCases(requestReport(allowances), getReport(), listReports(), deleteReport(),
                        getReportLink()),
                new StorageUseCases(issueUpload(allowances), getObjectLink(), deleteObject(), checkStorage(),
                        serveSignedFile(), issueEdgeGrant(allowances)),
                new AssistantUseCases(sendChatMessage(assistants, allowances), listChatMessages(),
                        suggestChatPrompts()),
                new MailUseCases(new SendResumeLinkService(mailing, audits()),
                        new ResumeAuditService(mailing, audits(), catalog(), settings.guestSubmit()),
                        new UnsubscribeService(mailing)),
                new AccountUseCases(deleteAudit(), deleteAccount(), retakeAudit(), compareAudits()));
    }

    /**
     * What the mail services share: the mail channel, its records, the resume tokens, and a keyed hash under a key
     * derived from the personal-data key ({@code ARA_DATA_KEY} or the data directory's key file), so that unsubscribe
     * links and suppressions outlive restarts and are the same on every instance.
     */
    Mailing mailing(Mailer mailer, Supplier<URI> publicUrl) {
        KeyedHash hash = new KeyedHash(Identity.dataKeys(settings));
        return new Mailing(mailer, stores.records().mailRecords(), stores.records().resumeTokens(),
                value -> hash.hash("ara mail/" + value), secrets, publicUrl, new MailTemplates(), log(), clock);
    }

    /** The outbox's mail channel: resume links when a guest gives an email, report-ready messages. */
    MailChannel mailChannel(Mailing mailing) {
        return new MailChannel(mailing, audits(), reports(), stores.records().users(), catalog(), storage(),
                settings.reports().linkTtl());
    }

    CleanUpMailRecordsService cleanUpMailRecords() {
        return new CleanUpMailRecordsService(stores.records().mailRecords(), stores.records().resumeTokens(),
                settings.mail().retention(), stores.records().lease(), holder, clock);
    }

    /**
     * The operators' use cases: the retention clean-ups, the statistics, questionnaire publishing and the webhook
     * endpoints (checked and replayed through {@code webhooks}).
     */
    WebAdmin admin(WebhookSender webhooks) {
        return new WebAdmin(cleanUpGuests(), cleanUpAuditLog(), getStats(), publishQuestionnaire(),
                listQuestionnaireVersions(), cleanUpReports(), administerWebhooks(webhooks));
    }

    /** The webhook endpoints as channels of the outbox, delivering through {@code sender}. */
    WebhookChannels webhookChannels(WebhookSender sender) {
        return new WebhookChannels(stores.records().webhooks(), sender, log(), clock);
    }

    AdministerWebhooksService administerWebhooks(WebhookSender sender) {
        return new AdministerWebhooksService(stores.records().webhooks(), sender, secrets, uuids,
                stores.records().outbox(), webhookChannels(sender), clock);
    }

    private QuestionnaireCatalog catalog() {
        return stores.records().catalog();
    }

    private AuditRepository audits() {
        return stores.audits();
    }

    private AuditLog log() {
        return stores.records().log();
    }

    private ReportRepository reports() {
        return stores.records().reports();
    }

    private UploadRegistry uploads() {
        return stores.records().uploads();
    }

    private ObjectStorage storage() {
        return stores.objects().storage();
    }

    GetQuestionnaireService getQuestionnaire() {
        return new GetQuestionnaireService(catalog());
    }

    ListQuestionnairesService listQuestionnaires() {
        return new ListQuestionnairesService(catalog());
    }

    StartAuditService startAudit() {
        return new StartAuditService(catalog(), audits(), settings.guestSubmit(), auditIds, secrets, log(), clock);
    }

    GetAuditService getAudit() {
        return new GetAuditService(catalog(), audits(), settings.guestSubmit(), log(), clock);
    }

    SaveAnswerService saveAnswer(AuditAllowances allowances) {
        return new SaveAnswerService(catalog(), audits(), settings.guestSubmit(), log(), clock, allowances);
    }

    SaveAnswersService saveAnswers(AuditAllowances allowances) {
        return new SaveAnswersService(catalog(), audits(), settings.guestSubmit(), log(), clock, allowances);
    }

    ClearAnswerService clearAnswer(AuditAllowances allowances) {
        return new ClearAnswerService(catalog(), audits(), settings.guestSubmit(), log(), clock, allowances);
    }

    SubmitAuditService submitAudit(AuditAllowances allowances) {
        return new SubmitAuditService(catalog(), audits(), settings.guestSubmit(), log(), clock, allowances);
    }

    GetResultService getResult() {
        return new GetResultService(audits(), log(), clock);
    }

    ListAuditsService listAudits() {
        return new ListAuditsService(audits());
    }

    ScoreAnswersService scoreAnswers() {
        return new ScoreAnswersService(catalog(), clock);
    }

    AuthenticateService authenticate(TokenVerifier tokens) {
        return new AuthenticateService(tokens, stores.records().users(), log(), clock);
    }

    ClaimAuditService claimAudit() {
        return new ClaimAuditService(catalog(), audits(), settings.guestSubmit(), log(), clock);
    }

    GiveGuestEmailService giveGuestEmail() {
        return new GiveGuestEmailService(catalog(), audits(), settings.guestSubmit(), log(), clock);
    }

    AdmitRequestService admitRequest() {
        return new AdmitRequestService(stores.limiter(), settings.limits().limits());
    }

    IdempotentRequestService idempotentRequest() {
        return new IdempotentRequestService(stores.idempotencyKeys(), IdempotentRequestService.DEFAULT_RETENTION);
    }

    RequestReportService requestReport(AuditAllowances allowances) {
        return new RequestReportService(audits(), reports(), uploads(), uuids, log(), clock, allowances);
    }

    GetReportService getReport() {
        return new GetReportService(audits(), reports(), log(), clock);
    }

    ListReportsService listReports() {
        return new ListReportsService(audits(), reports(), log(), clock);
    }

    DeleteReportService deleteReport() {
        return new DeleteReportService(audits(), reports(), storage(), log(), clock);
    }

    GetReportLinkService getReportLink() {
        return new GetReportLinkService(audits(), reports(), storage(), settings.reports().linkTtl(), log(), clock);
    }

    IssueUploadService issueUpload(AuditAllowances allowances) {
        return new IssueUploadService(audits(), reports(), uploads(), storage(), uuids, log(), clock, allowances);
    }

    GetObjectLinkService getObjectLink() {
        return new GetObjectLinkService(audits(), reports(), uploads(), storage(), settings.reports().linkTtl(), log(),
                clock);
    }

    DeleteObjectService deleteObject() {
        return new DeleteObjectService(audits(), reports(), uploads(), storage(), log(), clock);
    }

    CheckStorageService checkStorage() {
        return new CheckStorageService(storage());
    }

    ServeSignedFileService serveSignedFile() {
        return new ServeSignedFileService(stores.objects().links());
    }

    IssueEdgeGrantService issueEdgeGrant(AuditAllowances allowances) {
        return new IssueEdgeGrantService(audits(), reports(), uploads(), stores.objects().edge(), uuids, log(), clock,
                allowances);
    }

    SendChatMessageService sendChatMessage(Assistants assistants, AuditAllowances allowances) {
        return new SendChatMessageService(catalog(), audits(), settings.guestSubmit(), stores.records().chats(),
                assistants.models(),
                assistants.embeddings(), () -> new ChatMessageId(UUID.randomUUID()), log(), clock, metrics,
                allowances);
    }

    ListChatMessagesService listChatMessages() {
        return new ListChatMessagesService(audits(), stores.records().chats(), log(), clock);
    }

    SuggestChatPromptsService suggestChatPrompts() {
        return new SuggestChatPromptsService(catalog(), audits(), settings.guestSubmit(), log(), clock);
    }

    DeleteAuditService deleteAudit() {
        return new DeleteAuditService(audits(), stores.retention(), reports(), uploads(), storage(),
                stores.idempotencyKeys(), log(), clock);
    }

    DeleteAccountService deleteAccount() {
        return new DeleteAccountService(audits(), stores.retention(), reports(), uploads(), storage(),
                stores.idempotencyKeys(), stores.records().users(), log(), stores.pseudonyms(), clock);
    }

    RetakeAuditService retakeAudit() {
        return new RetakeAuditService(catalog(), audits(), settings.guestSubmit(), auditIds, secrets, log(), clock);
    }

    CompareAuditsService compareAudits() {
        return new CompareAuditsService(catalog(), audits(), log(), clock);
    }

    CleanUpGuestsService cleanUpGuests() {
        return new CleanUpGuestsService(stores.retention(), GuestRetention.DEFAULT, reports(), uploads(), storage(),
                stores.records().lease(), holder, log(), clock);
    }

    CleanUpOutboxService cleanUpOutbox() {
        return new CleanUpOutboxService(stores.records().outbox(), stores.records().lease(), holder, clock);
    }

    /**
     * This instance's outbox dispatcher, delivering to {@code channels} (mail, webhooks).
     */
    EventDispatcher eventDispatcher(EventChannels channels) {
        return new EventDispatcher(stores.records().outbox(), channels, metrics, clock,
                new SecureRandom()::nextDouble, DispatchPolicy.DEFAULTS, holder);
    }

    CleanUpAuditLogService cleanUpAuditLog() {
        return new CleanUpAuditLogService(log(), stores.records().lease(), holder, clock);
    }

    GetStatsService getStats() {
        return new GetStatsService(stores.records().statistics(), stores.records().reportCounts(), log());
    }

    PublishQuestionnaireService publishQuestionnaire() {
        return new PublishQuestionnaireService(stores.records().catalog(), stores.records().catalog(), log(), clock);
    }

    ListQuestionnaireVersionsService listQuestionnaireVersions() {
        return new ListQuestionnaireVersionsService(stores.records().catalog(), stores.records().catalog());
    }

    CleanUpReportsService cleanUpReports() {
        return new CleanUpReportsService(stores.records().reportRetention(), reports(), storage(),
                settings.maintenance().reportRetention(), stores.records().lease(), holder, log(), clock);
    }

    /** The render workers' use case: retries back off from the configured delay up to a ceiling. */
    RunReportJobService runReportJob(ReportRenderer renderer) {
        ReportSettings report = settings.reports();
        Duration maxDelay = report.retryDelay().compareTo(ReportSettings.MAX_RETRY_DELAY) > 0 ? report.retryDelay()
                : ReportSettings.MAX_RETRY_DELAY;
        return new RunReportJobService(catalog(), audits(), reports(), stores.records().reportJobs(), storage(),
                renderer, new ReportRetryPolicy(report.maxAttempts(), report.retryDelay(), maxDelay), report.lease(),
                metrics, clock);
    }

    /**
     * The database is critical; Redis, the object storage and the outbox are not. Timed by the system clock, not
     * ARA's (the outbox's age of events by ARA's, which stamped them).
     */
    CheckHealthService checkHealth() {
        Duration timeout = settings.observability().healthTimeout();
        List<HealthCheck> nonCritical = new ArrayList<>(stores.nonCriticalChecks());
        nonCritical.add(new OutboxHealthCheck(stores.records().outbox(), clock, OutboxHealthCheck.DEFAULT_DELAY));
        return new CheckHealthService(List.of(stores.databaseCheck(timeout)), nonCritical,
                Clock.systemUTC(), timeout, CheckHealthService.DEFAULT_CACHE);
    }

    /** Host name and a random suffix (two processes on one host differ). */
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
}
