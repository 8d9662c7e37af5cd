package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.port.out.audit.AuditRepository;
import ara.domain.answer.Answers;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;

/**
 * Audits set up the way users make them, through the start, save and submit services over a test's ports (and,
 * for the decorator tests, over another repository in front of them). Not thread-safe; one per test.
 */
final class Drafts {
    /** A guest audit and the token it was issued with. */
    record GuestDraft(AuditId id, GuestToken token) {
        Caller caller() {
            return Callers.guest(token);
        }
    }

    private final InMemoryPorts ports;
    private final AuditRepository audits;

    Drafts(InMemoryPorts ports) {
        this(ports, ports.audits);
    }

    Drafts(InMemoryPorts ports, AuditRepository audits) {
        this.ports = ports;
        this.audits = audits;
    }

    /** A draft of the signed-in caller. */
    AuditId startedBy(Caller user) {
        return start(user).audit().audit().id();
    }

    /** A draft started by nobody signed in, reached by its token. */
    GuestDraft startedByGuest() {
        StartedAuditView started = start(Callers.anonymous());
        return new GuestDraft(started.audit().audit().id(), started.issuedGuestToken().orElseThrow());
    }

    /** Stores answers on the audit as its owner would. */
    AuditId answered(AuditId id, Caller owner, Answers answers) {
        new SaveAnswersService(ports.catalog, audits, ports.log, ports.clock)
                .saveAll(new SaveAnswersCommand(id, answers, null, owner));
        return id;
    }

    /** A scored audit of the signed-in caller, every question answered. */
    AuditId scoredBy(Caller user) {
        AuditId id = answered(startedBy(user), user, ClassicAnswers.complete());
        new SubmitAuditService(ports.catalog, audits, GuestSubmitPolicy.EMAIL, ports.log, ports.clock)
                .submit(new SubmitAuditCommand(id, null, user));
        return id;
    }

    /** The audit as the store holds it now. */
    Audit stored(AuditId id) {
        return ports.audits.find(id).orElseThrow();
    }

    private StartedAuditView start(Caller caller) {
        return new StartAuditService(ports.catalog, audits, ports.auditIds, ports.secrets, ports.log, ports.clock)
                .start(new StartAuditCommand(null, "Acme", caller));
    }
}
