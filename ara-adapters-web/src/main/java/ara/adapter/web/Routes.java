package ara.adapter.web;

import ara.adapter.web.account.CompareAuditsHandler;
import ara.adapter.web.account.DeleteAccountHandler;
import ara.adapter.web.account.DeleteAuditHandler;
import ara.adapter.web.account.RetakeAuditHandler;
import ara.adapter.web.audit.ClaimAuditHandler;
import ara.adapter.web.audit.ClearAnswerHandler;
import ara.adapter.web.audit.GetAuditHandler;
import ara.adapter.web.audit.GetResultHandler;
import ara.adapter.web.audit.GiveGuestEmailHandler;
import ara.adapter.web.audit.ListAuditsHandler;
import ara.adapter.web.audit.ResumeAuditHandler;
import ara.adapter.web.audit.SaveAnswerHandler;
import ara.adapter.web.audit.SaveAnswersHandler;
import ara.adapter.web.audit.SendResumeLinkHandler;
import ara.adapter.web.audit.StartAuditHandler;
import ara.adapter.web.audit.SubmitAuditHandler;
import ara.adapter.web.chat.ChatPromptsHandler;
import ara.adapter.web.chat.ListChatMessagesHandler;
import ara.adapter.web.chat.SendChatMessageHandler;
import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.Responses;
import ara.adapter.web.mail.UnsubscribeHandler;
import ara.adapter.web.questionnaire.GetQuestionnaireHandler;
import ara.adapter.web.questionnaire.ListQuestionnairesHandler;
import ara.adapter.web.report.DeleteReportHandler;
import ara.adapter.web.report.GetReportHandler;
import ara.adapter.web.report.GetReportLinkHandler;
import ara.adapter.web.report.ListReportsHandler;
import ara.adapter.web.report.RequestReportHandler;
import ara.adapter.web.scoring.ScoreAnswersHandler;
import ara.adapter.web.storage.CheckStorageHandler;
import ara.adapter.web.storage.DeleteObjectHandler;
import ara.adapter.web.storage.GetObjectLinkHandler;
import ara.adapter.web.storage.IssueEdgeGrantHandler;
import ara.adapter.web.storage.IssueUploadHandler;
import ara.adapter.web.storage.ServeSignedFileHandler;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import io.javalin.http.HandlerType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route table: every route the server exposes, in one place; the OpenAPI document describes the same set. Every
 * {@code /api/v1} route finds its caller already authenticated ({@link Authentication}). A route's limit here is a
 * per-IP one; the per-audit allowances (answer writes, submits, reports, chat, uploads) are spent by the use cases,
 * after the access decision.
 */
final class Routes {
    static final String LIVE = "/api/live";
    static final String OPENAPI = "/api/openapi.json";
    static final String STORAGE_HEALTH = ApiPaths.SIGNED_URLS + "/health";
    private static final String OPENAPI_RESOURCE = "openapi.json";
    /** The health checks and the metrics page: never rate-limited (probes and scrapes must not be refused). */
    static final Set<String> HEALTH = health();

    private Routes() {
    }

    static List<Route> of(WebUseCases useCases) {
        var questionnaire = new GetQuestionnaireHandler(useCases.getQuestionnaire());
        var questionnaires = new ListQuestionnairesHandler(useCases.listQuestionnaires());
        var start = new StartAuditHandler(useCases.startAudit());
        var get = new GetAuditHandler(useCases.getAudit());
        var save = new SaveAnswerHandler(useCases.saveAnswer());
        var saveAll = new SaveAnswersHandler(useCases.saveAnswers());
        var clear = new ClearAnswerHandler(useCases.clearAnswer());
        var submit = new SubmitAuditHandler(useCases.submitAudit());
        var result = new GetResultHandler(useCases.getResult());
        var list = new ListAuditsHandler(useCases.listAudits());
        var claim = new ClaimAuditHandler(useCases.claimAudit());
        var guestEmail = new GiveGuestEmailHandler(useCases.giveGuestEmail());
        var resumeLink = new SendResumeLinkHandler(useCases.mail().sendResumeLink());
        var resume = new ResumeAuditHandler(useCases.mail().resumeAudit());
        var unsubscribe = new UnsubscribeHandler(useCases.mail().unsubscribe());
        var score = new ScoreAnswersHandler(useCases.scoreAnswers());
        var requestReport = new RequestReportHandler(useCases.reports().request());
        var getReport = new GetReportHandler(useCases.reports().get());
        var listReports = new ListReportsHandler(useCases.reports().list());
        var deleteReport = new DeleteReportHandler(useCases.reports().delete());
        var reportLink = new GetReportLinkHandler(useCases.reports().link());
        var upload = new IssueUploadHandler(useCases.storage().issueUpload());
        var objectLink = new GetObjectLinkHandler(useCases.storage().objectLink());
        var deleteObject = new DeleteObjectHandler(useCases.storage().deleteObject());
        var storageHealth = new CheckStorageHandler(useCases.storage().health());
        var edgeGrant = new IssueEdgeGrantHandler(useCases.storage().edgeGrants());
        var files = new ServeSignedFileHandler(useCases.storage().signedFiles());
        var chat = new SendChatMessageHandler(useCases.assistant().send());
        var chatHistory = new ListChatMessagesHandler(useCases.assistant().list());
        var chatPrompts = new ChatPromptsHandler(useCases.assistant().prompts());
        var deleteAudit = new DeleteAuditHandler(useCases.account().deleteAudit());
        var deleteAccount = new DeleteAccountHandler(useCases.account().deleteAccount());
        var retake = new RetakeAuditHandler(useCases.account().retake());
        var compare = new CompareAuditsHandler(useCases.account().compare());
        byte[] openApi = openApiDocument();
        String v1 = ApiPaths.V1;
        String r2 = ApiPaths.SIGNED_URLS;
        // The key of a signed file spans segments: Javalin's <key> (OpenAPI: {key}, documented as such).
        String file = ServeSignedFileHandler.PREFIX + "<" + ServeSignedFileHandler.KEY + ">";
        return List.of(
                new Route(HandlerType.GET, LIVE, ctx -> Responses.ok(ctx, Map.of("status", "UP"))),
                new Route(HandlerType.HEAD, LIVE, ctx -> Responses.ok(ctx, Map.of("status", "UP"))),
                new Route(HandlerType.GET, OPENAPI, ctx -> ctx.contentType(Responses.JSON).result(openApi)),
                new Route(HandlerType.GET, v1 + "/questionnaire", questionnaire::current),
                new Route(HandlerType.GET, v1 + "/questionnaires", questionnaires::list),
                new Route(HandlerType.GET, v1 + "/questionnaires/{id}", questionnaire::currentOf),
                new Route(HandlerType.GET, v1 + "/questionnaires/{id}/versions/{version}", questionnaire::version),
                new Route(HandlerType.POST, v1 + "/audits", start::start, Scope.AUDIT_CREATE_PER_IP),
                new Route(HandlerType.GET, v1 + "/audits", list::list),
                new Route(HandlerType.GET, v1 + "/audits/{id}", get::get),
                new Route(HandlerType.DELETE, v1 + "/audits/{id}", deleteAudit::delete),
                new Route(HandlerType.DELETE, v1 + "/me", deleteAccount::delete),
                new Route(HandlerType.POST, v1 + "/audits/{id}/retake", retake::retake, Scope.AUDIT_CREATE_PER_IP),
                new Route(HandlerType.GET, v1 + "/audits/{id}/comparison", compare::compare),
                new Route(HandlerType.PUT, v1 + "/audits/{id}/answers/{questionId}", save::save),
                new Route(HandlerType.PATCH, v1 + "/audits/{id}/answers", saveAll::saveAll),
                new Route(HandlerType.DELETE, v1 + "/audits/{id}/answers/{questionId}", clear::clear),
                new Route(HandlerType.POST, v1 + "/audits/{id}/submit", submit::submit),
                new Route(HandlerType.GET, v1 + "/audits/{id}/result", result::result),
                new Route(HandlerType.POST, v1 + "/audits/{id}/claim", claim::claim),
                new Route(HandlerType.POST, v1 + "/audits/{id}/guest-email", guestEmail::giveEmail),
                // Both send mail or hand out a guest session: counted with starting audits, per client address.
                new Route(HandlerType.POST, v1 + "/audits/{id}/resume-link", resumeLink::send,
                        Scope.AUDIT_CREATE_PER_IP),
                new Route(HandlerType.POST, v1 + "/audits/resume", resume::resume, Scope.AUDIT_CREATE_PER_IP),
                new Route(HandlerType.GET, v1 + "/mail/unsubscribe", unsubscribe::confirm),
                new Route(HandlerType.POST, v1 + "/mail/unsubscribe", unsubscribe::unsubscribe),
                new Route(HandlerType.POST, v1 + "/score", score::score),
                new Route(HandlerType.POST, v1 + "/audits/{id}/reports", requestReport::request),
                new Route(HandlerType.GET, v1 + "/audits/{id}/reports", listReports::list),
                new Route(HandlerType.GET, v1 + "/reports/{id}", getReport::get),
                new Route(HandlerType.DELETE, v1 + "/reports/{id}", deleteReport::delete),
                new Route(HandlerType.GET, v1 + "/reports/{id}/download", reportLink::download),
                new Route(HandlerType.POST, v1 + "/reports/{id}/link", reportLink::link),
                new Route(HandlerType.GET, file, files::download),
                new Route(HandlerType.PUT, file, files::upload),
                new Route(HandlerType.POST, r2 + "/upload", upload::issue),
                new Route(HandlerType.GET, r2 + "/download", objectLink::link),
                new Route(HandlerType.DELETE, r2 + "/delete", deleteObject::delete),
                new Route(HandlerType.POST, r2 + "/grants", edgeGrant::issue),
                new Route(HandlerType.GET, STORAGE_HEALTH, storageHealth::health),
                new Route(HandlerType.POST, v1 + "/audits/{id}/chat/messages", chat::send),
                new Route(HandlerType.GET, v1 + "/audits/{id}/chat/messages", chatHistory::list),
                new Route(HandlerType.GET, v1 + "/audits/{id}/chat/suggestions", chatPrompts::prompts));
    }

    private static Set<String> health() {
        Set<String> paths = new HashSet<>(OperationsRoutes.paths());
        paths.add(LIVE);
        paths.add(STORAGE_HEALTH);
        return Set.copyOf(paths);
    }

    private static byte[] openApiDocument() {
        try (InputStream in = Routes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the web adapter's " + OPENAPI_RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }
}
