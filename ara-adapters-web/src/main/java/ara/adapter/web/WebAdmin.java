package ara.adapter.web;

import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanUpReportsUseCase;
import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.ListQuestionnaireVersionsUseCase;
import ara.application.port.in.admin.PublishQuestionnaireUseCase;
import ara.application.port.in.webhook.AdministerWebhooksUseCase;

import java.util.Objects;

/** The admin use cases the HTTP API serves under {@code /api/v1/admin}, handed over by the composition root. */
public record WebAdmin(CleanUpGuestsUseCase cleanUpGuests, CleanUpAuditLogUseCase cleanUpAuditLog,
                       GetStatsUseCase stats, PublishQuestionnaireUseCase publishQuestionnaire,
                       ListQuestionnaireVersionsUseCase questionnaireVersions, CleanUpReportsUseCase cleanUpReports,
                       AdministerWebhooksUseCase webhooks) {
    public WebAdmin {
        Objects.requireNonNull(cleanUpGuests, "cleanUpGuests");
        Objects.requireNonNull(cleanUpAuditLog, "cleanUpAuditLog");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(publishQuestionnaire, "publishQuestionnaire");
        Objects.requireNonNull(questionnaireVersions, "questionnaireVersions");
        Objects.requireNonNull(cleanUpReports, "cleanUpReports");
        Objects.requireNonNull(webhooks, "webhooks");
    }
}
