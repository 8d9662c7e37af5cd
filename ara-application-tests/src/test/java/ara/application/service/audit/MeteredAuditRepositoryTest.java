package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.RecordingAuditMetrics;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.AnswersRejected;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditIncomplete;
import ara.domain.audit.OwnerId;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.CURRENT_AI_USAGE;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The business counters, moved by what the use cases store through the metered repository. */
class MeteredAuditRepositoryTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingAuditMetrics metrics = new RecordingAuditMetrics();
    private final MeteredAuditRepository metered = new MeteredAuditRepository(ports.audits, ports.catalog, metrics);
    private final StartedAudits drafts = new StartedAudits(ports, metered);
    private final Caller alice = Callers.alice();
    private final SaveAnswerService save = new SaveAnswerService(ports.catalog, metered, ports.guestPolicy, ports.log,
            ports.clock,
            ports.allowances);

    @Test
    void countsAuditsStartedByKind() {
        drafts.startedBy(alice);
        drafts.startedByGuest();
        drafts.startedByGuest();

        assertThat(metrics.userAuditsStarted()).isEqualTo(1);
        assertThat(metrics.guestAuditsStarted()).isEqualTo(2);
        assertThat(ports.audits.countByOwner(OwnerId.of(alice.user()))).isEqualTo(1);
    }

    @Test
    void countsAStepWhenItsLastRequiredAnswerArrives() {
        AuditId audit = drafts.startedBy(alice);

        save.save(new SaveAnswerCommand(audit, COMPANY_SIZE, choice("small"), null, alice));
        save.save(new SaveAnswerCommand(audit, INDUSTRY, choice("retail"), null, alice));
        assertThat(metrics.stepsCompleted()).isZero();

        save.save(new SaveAnswerCommand(audit, CURRENT_AI_USAGE, choice("none"), null, alice));
        assertThat(metrics.stepsCompleted()).isEqualTo(1);

        save.save(new SaveAnswerCommand(audit, CURRENT_AI_USAGE, choice("pilot"), null, alice));
        assertThat(metrics.stepsCompleted()).isEqualTo(1);
    }

    @Test
    void countsEveryStepThatOneSaveCompletes() {
        AuditId audit = drafts.startedBy(alice);

        new SaveAnswersService(ports.catalog, metered, ports.guestPolicy, ports.log, ports.clock, ports.allowances)
                .saveAll(new SaveAnswersCommand(audit, ClassicAnswers.complete(), null, alice));

        assertThat(metrics.stepsCompleted()).isEqualTo(5);
    }

    @Test
    void aStepReopenedByAClearDoesNotLowerTheCount() {
        AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.firstStep());

        new ClearAnswerService(ports.catalog, metered, ports.guestPolicy, ports.log, ports.clock, ports.allowances)
                .clear(new ClearAnswerCommand(audit, COMPANY_SIZE, null, alice));

        assertThat(metrics.stepsCompleted()).isEqualTo(1);
    }

    @Test
    void countsASubmissionOnceAndNoStepsForIt() {
        AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.complete());

        new SubmitAuditService(ports.catalog, metered, GuestSubmitPolicy.EMAIL, ports.log, ports.clock,
                ports.allowances)
                .submit(new SubmitAuditCommand(audit, null, alice));

        assertThat(metrics.auditsSubmitted()).isEqualTo(1);
        assertThat(metrics.calls()).containsExactly("auditStarted(user)", "stepsCompleted(5)", "auditSubmitted");
    }

    @Test
    void aChangeThatFailsOrChangesNothingCountsNothing() {
        AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.firstStep());
        List<String> before = metrics.calls();

        assertThatThrownBy(() -> save.save(new SaveAnswerCommand(audit, TECH_STACK_MATURITY,
                new AnswerValue.Number(0), null, alice)))
                .isInstanceOf(AnswersRejected.class);
        assertThatThrownBy(() -> new SubmitAuditService(ports.catalog, metered, GuestSubmitPolicy.OPEN, ports.log,
                ports.clock, ports.allowances).submit(new SubmitAuditCommand(audit, null, alice)))
                .isInstanceOf(AuditIncomplete.class);
        new ClearAnswerService(ports.catalog, metered, ports.guestPolicy, ports.log, ports.clock, ports.allowances)
                .clear(new ClearAnswerCommand(audit, TECH_STACK_MATURITY, null, alice));

        assertThat(metrics.calls()).isEqualTo(before);
        assertThat(metrics.auditsSubmitted()).isZero();
    }

    @Test
    void aChangeThatKeepsTheAnswersAndTheStatusCountsNothing() {
        GuestDraft guest = drafts.startedByGuest();

        new ClaimAuditService(ports.catalog, metered, ports.guestPolicy, ports.log, ports.clock)
                .claim(guest.id(), new Caller(alice.user(), guest.token(), null, null));

        assertThat(metrics.calls()).containsExactly("auditStarted(guest)");
    }

    @Test
    void readsPassThroughUncounted() {
        AuditId audit = drafts.startedBy(alice);
        GuestDraft guest = drafts.startedByGuest();

        assertThat(metered.find(audit)).isEqualTo(ports.audits.find(audit));
        assertThat(metered.findByGuestToken(guest.token().hash()).map(Audit::id)).contains(guest.id());
        assertThat(new ListAuditsService(metered).list(new ListAuditsQuery(alice, 0, 10)).total()).isEqualTo(1);
        assertThat(metered.findByOwner(OwnerId.of(alice.user()), 0, 10)).hasSize(1);
        assertThat(metrics.calls()).containsExactly("auditStarted(user)", "auditStarted(guest)");
    }
}
