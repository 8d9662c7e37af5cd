package ara.adapter.web.problem;

import ara.adapter.web.http.RateLimitHeaders;
import ara.adapter.web.http.Responses;
import ara.adapter.web.request.RequestAttributes;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.in.idempotency.IdempotencyKeyGuessable;
import ara.application.port.in.idempotency.IdempotencyKeyRejected;
import ara.application.port.in.limit.RequestThrottled;
import ara.application.port.in.notification.MailLinkRejected;
import ara.application.port.in.notification.MailUnavailable;
import ara.application.port.in.questionnaire.QuestionnaireNotFound;
import ara.application.port.in.report.LogoNotUploaded;
import ara.application.port.in.report.ReportNotReady;
import ara.application.port.in.storage.EdgeGrantsDisabled;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.in.storage.UploadRejected;
import ara.application.port.in.webhook.WebhookEventNotFound;
import ara.application.port.in.webhook.WebhookNotFound;
import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.questionnaire.QuestionnaireRejected;
import ara.application.port.out.questionnaire.QuestionnaireVersionTaken;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.audit.AuditIncomplete;
import ara.domain.audit.AuditNotEditable;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.IllegalStatusTransition;
import ara.domain.audit.StaleAudit;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestMustSignIn;
import ara.domain.identity.NotAGuestAudit;
import ara.domain.identity.TokenRejected;
import ara.domain.questionnaire.QuestionNotFound;
import ara.domain.report.IllegalReportTransition;
import ara.domain.report.ReportNotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * The one place where exceptions become HTTP responses, all as problem details. Failures the use cases declare
 * map to 4xx; anything else is a 500 that carries a correlation id, is logged with its stack trace, and shows
 * the client nothing of the cause. Stateless and thread-safe.
 */
public final class ExceptionMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMapping.class);
    /** The path parameter of the routes that change one answer; their violations name the field {@code value}. */
    private static final String SINGLE_ANSWER_PARAMETER = "questionId";
    /** The challenge of a 401 for a request without any identity (RFC 6750, section 3). */
    static final String CHALLENGE = "Bearer realm=\"ara\"";
    /** The challenge of a 401 for a token that was not accepted; deliberately without {@code error_description}. */
    static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"ara\", error=\"invalid_token\"";
    private static final String INVALID_TOKEN_DETAIL = "the bearer token or guest token was not accepted; "
            + "sign in again or use the guest token issued with the audit";

    /** The header that carries a client's idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How long a client should wait after a 503 before retrying. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final long maxRequestBytes;

    public ExceptionMapping(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    public void handle(Exception exception, Context ctx) {
        switch (exception) {
            case TokenRejected e -> {
                // The reason (expired, bad_signature, …) would help an attacker tune forged tokens: logs only.
                LOG.debug("request {}: token rejected: {}", RequestAttributes.requestId(ctx), e.reason());
                ctx.header("WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
                ProblemWriter.write(ctx, ProblemType.INVALID_TOKEN, INVALID_TOKEN_DETAIL, List.of());
            }
            case AuthenticationRequired e -> {
                ctx.header("WWW-Authenticate", CHALLENGE);
                ProblemWriter.write(ctx, ProblemType.AUTHENTICATION_REQUIRED, e.getMessage(), List.of());
            }
            case GuestMustSignIn e -> ProblemWriter.write(ctx, ProblemType.SIGN_IN_REQUIRED, e.getMessage(),
                    List.of());
            case GuestEmailRequired e -> ProblemWriter.write(ctx, ProblemType.GUEST_EMAIL_REQUIRED, e.getMessage(),
                    List.of());
            case NotAGuestAudit e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(), List.of());
            case RequestRejected e -> ProblemWriter.write(ctx, e.type(), e.getMessage(), e.errors());
            case MailLinkRejected e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError("token", e.rule(), e.getMessage())));
            case MailUnavailable e -> {
                LOG.warn("request {}: the mail channel is unavailable", RequestAttributes.requestId(ctx), e);
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                ProblemWriter.write(ctx, ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
            }
            case RequestThrottled e -> {
                RateLimitHeaders.refused(ctx, e.admission());
                ProblemWriter.write(ctx, ProblemType.TOO_MANY_REQUESTS, e.getMessage(), List.of(new FieldError(
                        e.admission().scope().code(), "rate_limit", e.getMessage())));
            }
            case IdempotencyKeyRejected e -> ProblemWriter.write(ctx, ProblemType.BAD_REQUEST, e.getMessage(),
                    List.of(new FieldError(IDEMPOTENCY_KEY, e.rule(), e.getMessage())));
            case IdempotencyKeyGuessable e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError(IDEMPOTENCY_KEY, IdempotencyKeyGuessable.RULE, e.getMessage())));
            case AnswersRejected e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    e.violations().stream().map(v -> fieldError(ctx, v)).toList());
            case AuditIncomplete e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    e.missing().stream().map(q -> new FieldError("answers." + q.value(), Violation.REQUIRED,
                            "question " + q + " is required and has no answer")).toList());
            case StoreUnavailable e -> {
                // Logged with its cause (operators need it); the client learns only which store and that it may retry.
                String store = e instanceof StorageUnavailable ? "the report storage" : "the audit store";
                LOG.warn("request {}: {} is unavailable", RequestAttributes.requestId(ctx), store, e);
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                ProblemWriter.write(ctx, ProblemType.SERVICE_UNAVAILABLE,
                        store + " cannot be reached right now; nothing was done, retry shortly", List.of());
            }
            case LogoNotUploaded e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError("customization.logoKey", "not_uploaded", e.getMessage())));
            case UploadRejected e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError(e.field(), e.rule(), e.getMessage())));
            case AuditNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case WebhookNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case WebhookEventNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(),
                    List.of());
            case WebhookTargetRefused e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError("url", "target_refused", e.getMessage())));
            case ReportNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case ObjectNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case EdgeGrantsDisabled e -> ProblemWriter.write(ctx, ProblemType.EDGE_GRANTS_DISABLED, e.getMessage(),
                    List.of());
            case ReportNotReady e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(), List.of());
            case ReportDocumentNotDeletable e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(),
                    List.of());
            case IllegalReportTransition e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(),
                    List.of());
            case AdminOnly e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case QuestionNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(), List.of());
            case ChatStepRejected e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError("stepId", "unknown_step", e.getMessage())));
            case QuestionnaireNotFound e -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND, e.getMessage(),
                    List.of());
            case AuditNotEditable e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(), List.of());
            case IllegalStatusTransition e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(),
                    List.of());
            case AuditNotScored e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(), List.of());
            case MaintenanceBusy e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(), List.of());
            case QuestionnaireVersionTaken e -> ProblemWriter.write(ctx, ProblemType.CONFLICT, e.getMessage(),
                    List.of());
            case QuestionnaireRejected e -> ProblemWriter.write(ctx, ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldError(e.element(), "invalid_questionnaire", e.getMessage())));
            case StaleAudit e -> {
                ctx.header("ETag", Responses.versionEtag(e.actual()));
                ProblemWriter.write(ctx, ProblemType.PRECONDITION_FAILED, e.expected() < 0
                        ? "If-Match names no version of this audit (ETags are the version in quotes, such as \""
                        + e.actual() + "\"); the audit is at version " + e.actual() : e.getMessage(), List.of());
            }
            case HttpResponseException e -> httpError(ctx, e);
            default -> BodyReadFailure.of(exception).ifPresentOrElse(e -> handle(e, ctx),
                    () -> unexpected(ctx, exception));
        }
    }

    private static FieldError fieldError(Context ctx, Violation violation) {
        String field = ctx.pathParamMap().containsKey(SINGLE_ANSWER_PARAMETER) ? "value"
                : "answers." + violation.field();
        return new FieldError(field, violation.rule(), violation.message());
    }

    /** Errors Javalin raises itself: no route, wrong method, body too large. */
    private void httpError(Context ctx, HttpResponseException e) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> ProblemWriter.write(ctx, ProblemType.NOT_FOUND,
                    "there is no route " + ctx.method() + " " + ctx.path(), List.of());
            case 405 -> ProblemWriter.write(ctx, ProblemType.METHOD_NOT_ALLOWED,
                    ctx.method() + " is not allowed on " + ctx.path(), List.of());
            case 413 -> ProblemWriter.write(ctx, ProblemType.CONTENT_TOO_LARGE,
                    "the request body is larger than " + maxRequestBytes + " bytes", List.of());
            case 400 -> ProblemWriter.write(ctx, ProblemType.BAD_REQUEST, "the request is malformed", List.of());
            default -> {
                if (status >= 500) {
                    LOG.warn("HTTP {} on {} {}: {}", status, ctx.method(), ctx.path(), e.getMessage());
                }
                ProblemWriter.write(ctx, ProblemType.HTTP_ERROR, status, "the request failed with HTTP " + status,
                        null, null);
            }
        }
    }

    private static void unexpected(Context ctx, Exception exception) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {} on {} {}", correlationId, ctx.method(), ctx.path(), exception);
        ctx.header("X-Correlation-Id", correlationId);
        ProblemWriter.write(ctx, ProblemType.INTERNAL_ERROR, 500,
                "an unexpected error occurred; quote correlation id " + correlationId + " when reporting it",
                null, correlationId);
    }
}
