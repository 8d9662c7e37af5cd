package ara.adapter.web.audit;

import ara.adapter.web.request.AnswerValues;
import ara.application.port.in.audit.AuditView;
import ara.domain.audit.Audit;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.StepId;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoreSummary;
import ara.domain.wizard.WizardProgress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Response body: an audit with its answers, wizard progress, partial score (with the potential total and the
 * unanswered critical questions) and cross-question warnings. {@code version} is also the ETag.
 * {@code guest} tells whether a guest token (rather than a user) owns it, {@code guestEmailGiven} whether a guest
 * left an email; the email itself is never shown. {@code submitRequires} is what submitting still needs under the
 * server's guest policy ({@code nothing}, {@code email} or {@code sign_in}), so the pages ask before submitting.
 */
public record AuditResponse(String id, String status, QuestionnaireRef questionnaire, String organizationName,
                            Map<String, Object> answers, ProgressBody progress, ScoreBody score,
                            SummaryBody potentialScore, List<String> missingCritical, List<WarningBody> warnings,
                            long version, Instant createdAt, Instant updatedAt, Instant submittedAt, boolean guest,
                            boolean guestEmailGiven, String submitRequires) {

    public static AuditResponse from(AuditView view) {
        Audit audit = view.audit();
        ScoreCard card = view.score();
        return new AuditResponse(audit.id().toString(), audit.status().code(), QuestionnaireRef.of(audit),
                audit.organizationName().orElse(null), AnswerValues.toJson(audit.answers(), view.definition()),
                ProgressBody.from(view.progress()), ScoreBody.from(card), SummaryBody.from(card.potential()),
                ids(card.missingCritical()), WarningBody.from(view.warnings()), audit.version(), audit.createdAt(),
                audit.updatedAt(), audit.submittedAt().orElse(null), audit.isGuestAudit(),
                audit.guestEmail().isPresent(), view.submitRequires().code());
    }

    static List<String> ids(List<QuestionId> questions) {
        return questions.stream().map(QuestionId::value).toList();
    }

    /** The questionnaire version an audit is pinned to. */
    public record QuestionnaireRef(String id, int version) {
        static QuestionnaireRef of(Audit audit) {
            return new QuestionnaireRef(audit.questionnaire().value(), audit.questionnaireVersion());
        }
    }

    /** Where the audit stands in the wizard; {@code currentStepId} is {@code null} once every step is complete. */
    public record ProgressBody(String currentStepId, List<String> completedStepIds, int answered, int total,
                               double percent, boolean readyToSubmit) {
        static ProgressBody from(WizardProgress progress) {
            return new ProgressBody(progress.currentStep().map(StepId::value).orElse(null),
                    progress.completedStepIds().stream().map(StepId::value).toList(), progress.answered(),
                    progress.total(), progress.percent(), progress.readyToSubmit());
        }
    }

    /** A score, its maximum and the percent. */
    public record SummaryBody(double score, double max, double percent) {
        static SummaryBody from(ScoreSummary summary) {
            return new SummaryBody(summary.score(), summary.max(), summary.percent());
        }
    }

    /** The partial score: the total and each pillar. */
    public record ScoreBody(SummaryBody total, List<PillarBody> pillars) {
        static ScoreBody from(ScoreCard card) {
            return new ScoreBody(SummaryBody.from(card.total()), card.pillars().stream().map(PillarBody::from)
                    .toList());
        }
    }

    /** One pillar's partial score. */
    public record PillarBody(String id, double score, double max, double percent) {
        static PillarBody from(PillarScore pillar) {
            return new PillarBody(pillar.pillar().value(), pillar.summary().score(), pillar.summary().max(),
                    pillar.summary().percent());
        }
    }

    /** A cross-question warning: advice, never an error. */
    public record WarningBody(String code, String message, List<String> questions, List<String> missing) {
        static List<WarningBody> from(List<Warning> warnings) {
            return warnings.stream().map(w -> new WarningBody(w.code(), w.message(), ids(w.questions()),
                    w.missing())).toList();
        }
    }
}
