package ara.adapter.web.audit;

import ara.adapter.web.request.AnswerValues;
import ara.application.port.in.audit.AuditView;
import ara.domain.questionnaire.QuestionId;

import java.util.List;

/**
 * Response body of an autosave: the answer as stored, the audit's new version, its progress and warnings, and the
 * step the wizard should show next ({@code null} when every step is complete).
 */
public record AnswerSavedResponse(String questionId, Object value, long version, AuditResponse.ProgressBody progress,
                                  List<AuditResponse.WarningBody> warnings, String nextStepId) {

    public static AnswerSavedResponse from(QuestionId question, AuditView view) {
        var progress = AuditResponse.ProgressBody.from(view.progress());
        return new AnswerSavedResponse(question.value(),
                view.audit().answers().get(question).map(AnswerValues::toJson).orElse(null), view.audit().version(),
                progress, AuditResponse.WarningBody.from(view.warnings()), progress.currentStepId());
    }
}
