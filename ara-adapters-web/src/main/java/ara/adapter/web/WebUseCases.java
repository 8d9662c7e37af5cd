package ara.adapter.web;

import ara.application.port.in.audit.ClaimAuditUseCase;
import ara.application.port.in.audit.ClearAnswerUseCase;
import ara.application.port.in.audit.GetAuditUseCase;
import ara.application.port.in.audit.GetResultUseCase;
import ara.application.port.in.audit.GiveGuestEmailUseCase;
import ara.application.port.in.audit.ListAuditsUseCase;
import ara.application.port.in.audit.SaveAnswerUseCase;
import ara.application.port.in.audit.SaveAnswersUseCase;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.application.port.in.identity.AuthenticateUseCase;
import ara.application.port.in.idempotency.IdempotentRequestUseCase;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.questionnaire.GetQuestionnaireUseCase;
import ara.application.port.in.questionnaire.ListQuestionnairesUseCase;
import ara.application.port.in.scoring.ScoreAnswersUseCase;

import java.util.Objects;

/** The use cases the HTTP API serves, handed over by the composition root. Every one is required. */
public record WebUseCases(GetQuestionnaireUseCase getQuestionnaire, ListQuestionnairesUseCase listQuestionnaires,
                          StartAuditUseCase startAudit,
                          GetAuditUseCase getAudit, SaveAnswerUseCase saveAnswer, SaveAnswersUseCase saveAnswers,
                          ClearAnswerUseCase clearAnswer, SubmitAuditUseCase submitAudit,
                          GetResultUseCase getResult, ListAuditsUseCase listAudits,
                          ScoreAnswersUseCase scoreAnswers, AuthenticateUseCase authenticate,
                          ClaimAuditUseCase claimAudit, GiveGuestEmailUseCase giveGuestEmail,
                          AdmitRequestUseCase admitRequest, IdempotentRequestUseCase idempotentRequest,
                          ReportUseCases reports, StorageUseCases storage,
                          AssistantUseCases assistant, MailUseCases mail,
                          AccountUseCases account) {
    public WebUseCases {
        Objects.requireNonNull(getQuestionnaire, "getQuestionnaire");
        Objects.requireNonNull(listQuestionnaires, "listQuestionnaires");
        Objects.requireNonNull(startAudit, "startAudit");
        Objects.requireNonNull(getAudit, "getAudit");
        Objects.requireNonNull(saveAnswer, "saveAnswer");
        Objects.requireNonNull(saveAnswers, "saveAnswers");
        Objects.requireNonNull(clearAnswer, "clearAnswer");
        Objects.requireNonNull(submitAudit, "submitAudit");
        Objects.requireNonNull(getResult, "getResult");
        Objects.requireNonNull(listAudits, "listAudits");
        Objects.requireNonNull(scoreAnswers, "scoreAnswers");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(claimAudit, "claimAudit");
        Objects.requireNonNull(giveGuestEmail, "giveGuestEmail");
        Objects.requireNonNull(admitRequest, "admitRequest");
        Objects.requireNonNull(idempotentRequest, "idempotentRequest");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(assistant, "assistant");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(account, "account");
    }
}
