package ara.bootstrap;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryMailRecords;
import ara.adapter.memory.InMemoryMaintenanceLease;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.adapter.memory.InMemoryReportRepository;
import ara.adapter.memory.InMemoryResumeTokens;
import ara.adapter.memory.InMemoryUploadRegistry;
import ara.adapter.memory.InMemoryUserRepository;
import ara.adapter.memory.InMemoryWebhookEndpoints;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.jdbi.JdbiAuditRetention;
import ara.adapter.persistence.jdbi.JdbiAuditStatistics;
import ara.adapter.persistence.jdbi.JdbiChatRepository;
import ara.adapter.persistence.jdbi.JdbiEventOutbox;
import ara.adapter.persistence.jdbi.JdbiMailRecords;
import ara.adapter.persistence.jdbi.JdbiMaintenanceLease;
import ara.adapter.persistence.jdbi.JdbiPublishedDocuments;
import ara.adapter.persistence.jdbi.JdbiReportRepository;
import ara.adapter.persistence.jdbi.JdbiReportRetention;
import ara.adapter.persistence.jdbi.JdbiReportStatistics;
import ara.adapter.persistence.jdbi.JdbiResumeTokens;
import ara.adapter.persistence.jdbi.JdbiUploadRegistry;
import ara.adapter.persistence.jdbi.JdbiUserRepository;
import ara.adapter.persistence.jdbi.JdbiWebhookEndpoints;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.chat.ChatRepository;
import ara.application.port.out.identity.UserRepository;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.ResumeTokens;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.questionnaire.PublishedDocuments;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.application.port.out.report.ReportStatistics;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.port.out.webhook.WebhookEndpoints;
import ara.application.service.identity.AggregatingAuditLog;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;

import java.time.Clock;

/**
 * The out-ports kept in the database: in JDBI over MySQL or H2 (each behind a span per call), or in memory
 * ({@code ARA_DB_URL=memory}). The catalog is the shipped questionnaire files plus the versions published to the
 * same store. The audit log aggregates unauthenticated rejections ({@link AggregatingAuditLog}): flush it before
 * the database closes. The audits and reports append their events to the outbox of the same store. Immutable; the
 * adapters are thread-safe.
 */
record Records(AuditRepository audits, UserRepository users, AggregatingAuditLog log, ChatRepository chats,
               AuditRetention retention, AuditStatistics statistics, MaintenanceLease lease,
               PublishingQuestionnaireCatalog catalog, ReportRepository reports, ReportJobQueue reportJobs,
               ReportStatistics reportCounts, ReportRetention reportRetention, UploadRegistry uploads,
               EventOutbox outbox, WebhookEndpoints webhooks, ResumeTokens resumeTokens,
               MailRecords mailRecords) {

    /** Everything in memory, linked the way the database links it ({@link MemoryStore}). */
    static Records inMemory(Clock clock) {
        MemoryStore memory = MemoryStore.open();
        InMemoryReportRepository reports = new InMemoryReportRepository(memory.outbox());
        return new Records(memory.audits(), new InMemoryUserRepository(),
                new AggregatingAuditLog(new InMemoryAuditLog(), clock), memory.chats(),
                memory.audits(), memory.audits(), new InMemoryMaintenanceLease(),
                catalog(new InMemoryPublishedDocuments(), clock), reports, reports, reports, reports,
                new InMemoryUploadRegistry(), memory.outbox(), new InMemoryWebhookEndpoints(), new InMemoryResumeTokens(),
                new InMemoryMailRecords());
    }

    /** Everything in the database, personal data sealed under {@code keys}. */
    static Records jdbi(Database database, DataKeyRing keys, Clock clock, Instrumentation traced) {
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        KeyedHash hash = new KeyedHash(keys);
        String system = database.system();
        JdbiReportRepository reports = new JdbiReportRepository(database);
        return new Records(
                traced.port(AuditRepository.class, new JdbiAuditRepository(database, cipher, hash), system),
                traced.port(UserRepository.class, new JdbiUserRepository(database, cipher, hash), system),
                new AggregatingAuditLog(traced.port(AuditLog.class, new JdbiAuditLog(database), system), clock),
                traced.port(ChatRepository.class, new JdbiChatRepository(database, cipher), system),
                traced.port(AuditRetention.class, new JdbiAuditRetention(database), system),
                traced.port(AuditStatistics.class, new JdbiAuditStatistics(database), system),
                traced.port(MaintenanceLease.class, new JdbiMaintenanceLease(database), system),
                catalog(new JdbiPublishedDocuments(database), clock),
                traced.port(ReportRepository.class, reports, system),
                traced.port(ReportJobQueue.class, reports, system),
                traced.port(ReportStatistics.class, new JdbiReportStatistics(database), system),
                traced.port(ReportRetention.class, new JdbiReportRetention(database), system),
                traced.port(UploadRegistry.class, new JdbiUploadRegistry(database), system),
                traced.port(EventOutbox.class, new JdbiEventOutbox(database), system),
                traced.port(WebhookEndpoints.class, new JdbiWebhookEndpoints(database, cipher), system),
                traced.port(ResumeTokens.class, new JdbiResumeTokens(database), system),
                traced.port(MailRecords.class, new JdbiMailRecords(database), system));
    }

    private static PublishingQuestionnaireCatalog catalog(PublishedDocuments published, Clock clock) {
        return new PublishingQuestionnaireCatalog(new ClasspathQuestionnaireCatalog(), published, clock,
                PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
    }
}
