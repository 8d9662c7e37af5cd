package ara.application.service.chat;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.audit.AuditViews;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;

/**
 * What the chat use cases start from: the audit (access checked), its view and the step the user is on (the one
 * named, else the wizard's current step, else the last step).
 */
record ChatContext(AuditView view, Step step) {

    static ChatContext load(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                            AccessGuard guard, AuditId id, Caller caller, StepId requested) {
        guard.requireIdentity(caller, id);
        var audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        AuditView view = AuditViews.of(audit, Schemes.of(catalog, audit), guestPolicy);
        var steps = view.definition().steps();
        Step step;
        if (requested != null) {
            step = view.definition().step(requested).orElseThrow(() -> new ChatStepRejected(requested));
        } else {
            step = view.progress().currentStep().flatMap(view.definition()::step)
                    .orElse(steps.get(steps.size() - 1));
        }
        return new ChatContext(view, step);
    }
}
