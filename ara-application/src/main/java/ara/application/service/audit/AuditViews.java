package ara.application.service.audit;

import ara.application.port.in.audit.AuditView;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.logic.CrossChecks;
import ara.domain.logic.Visibility;
import ara.domain.scoring.ScoringScheme;
import ara.domain.wizard.WizardProgress;

/**
 * Builds the view of an audit: visibility is computed once and shared by progress, score and warnings; the submit
 * requirement comes from {@link Audit#submitRequirement}, as the submit's own check does.
 */
public final class AuditViews {
    private AuditViews() {
    }

    public static AuditView of(Audit audit, ScoringScheme scheme, GuestSubmitPolicy guestPolicy) {
        Visibility visibility = Visibility.of(scheme.definition(), audit.answers());
        return new AuditView(audit, scheme.definition(), WizardProgress.of(visibility),
                scheme.modelFor(visibility).score(visibility), CrossChecks.warnings(visibility),
                audit.submitRequirement(guestPolicy));
    }
}
