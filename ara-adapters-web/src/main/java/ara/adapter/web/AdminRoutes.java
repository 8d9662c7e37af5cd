package ara.adapter.web;

import ara.adapter.web.admin.CleanupHandler;
import ara.adapter.web.admin.QuestionnairesHandler;
import ara.adapter.web.admin.StatsHandler;
import ara.adapter.web.admin.WebhooksHandler;
import ara.adapter.web.http.ApiPaths;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * The admin routes under {@code /api/v1/admin}; {@link Authentication} lets only admins reach them. Publishing a
 * questionnaire takes bodies up to {@link WebSettings#maxQuestionnaireBytes()}: a catalog document of the full
 * questionnaire is larger than the API's limit.
 */
final class AdminRoutes {
    static final String ADMIN = ApiPaths.V1 + "/admin";

    private AdminRoutes() {
    }

    static List<Route> of(WebAdmin admin, long maxQuestionnaireBytes) {
        CleanupHandler guests = new CleanupHandler(admin.cleanUpGuests()::cleanUp);
        CleanupHandler auditLog = new CleanupHandler(admin.cleanUpAuditLog()::cleanUp);
        CleanupHandler reports = new CleanupHandler(admin.cleanUpReports()::cleanUp);
        StatsHandler stats = new StatsHandler(admin.stats());
        QuestionnairesHandler questionnaires = new QuestionnairesHandler(admin.publishQuestionnaire(),
                admin.questionnaireVersions());
        WebhooksHandler webhooks = new WebhooksHandler(admin.webhooks());
        String hooks = ADMIN + "/webhooks";
        return List.of(
                new Route(HandlerType.POST, hooks, webhooks::register),
                new Route(HandlerType.GET, hooks, webhooks::list),
                new Route(HandlerType.GET, hooks + "/{id}", webhooks::get),
                new Route(HandlerType.PATCH, hooks + "/{id}", webhooks::change),
                new Route(HandlerType.DELETE, hooks + "/{id}", webhooks::delete),
                new Route(HandlerType.POST, hooks + "/{id}/secret", webhooks::rotateSecret),
                new Route(HandlerType.GET, hooks + "/{id}/deliveries", webhooks::deliveries),
                new Route(HandlerType.POST, hooks + "/{id}/deliveries/{eventId}/replay", webhooks::replay),
                new Route(HandlerType.GET, ADMIN + "/stats", stats::stats),
                new Route(HandlerType.POST, ADMIN + "/maintenance/guest-cleanup", guests::cleanUp),
                new Route(HandlerType.POST, ADMIN + "/maintenance/audit-log-cleanup", auditLog::cleanUp),
                new Route(HandlerType.POST, ADMIN + "/maintenance/report-cleanup", reports::cleanUp),
                new Route(HandlerType.GET, ADMIN + "/questionnaires", questionnaires::list),
                new Route(HandlerType.POST, ADMIN + "/questionnaires", questionnaires::publish)
                        .withMaxBodyBytes(maxQuestionnaireBytes));
    }
}
