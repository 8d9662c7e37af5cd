package ara.application.port.in.audit;

import ara.domain.audit.Audit;
import ara.domain.audit.SubmitRequirement;
import ara.domain.logic.Warning;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.ScoreCard;
import ara.domain.wizard.WizardProgress;

import java.util.List;
import java.util.Objects;

/**
 * View: an audit with what the wizard shows beside it: progress, the partial score (with potential and missing
 * critical questions), the cross-question warnings, all computed with the audit's pinned questionnaire, and what
 * submitting still needs under the server's guest policy (the same decision the submit obeys).
 */
public record AuditView(Audit audit, QuestionnaireDefinition definition, WizardProgress progress, ScoreCard score,
                        List<Warning> warnings, SubmitRequirement submitRequires) {
    public AuditView {
        Objects.requireNonNull(submitRequires, "submitRequires");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(score, "score");
        warnings = List.copyOf(warnings);
    }
}
