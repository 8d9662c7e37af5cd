package ara.application.service.account;

import ara.application.fixture.AccessAssertions;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StoredAudits;
import ara.application.port.in.account.AuditComparisonView;
import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.service.audit.SubmitAuditService;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.QuestionId;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareAuditsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final CompareAuditsService service = new CompareAuditsService(ports.catalog, ports.audits, ports.log,
            ports.clock);
    private final StoredAudits stored = new StoredAudits(ports);
    private final StartedAudits started = new StartedAudits(ports);

    /** A scored audit of alice whose tech stack maturity is {@code maturity} instead of the complete answers' 7. */
    private AuditId scoredWithMaturity(int maturity) {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(ClassicAnswers.complete().asMap());
        values.put(ClassicAnswers.TECH_STACK_MATURITY, new AnswerValue.Number(maturity));
        AuditId id = started.answered(started.startedBy(Callers.alice()), Callers.alice(), Answers.of(values));
        new SubmitAuditService(ports.catalog, ports.audits, GuestSubmitPolicy.EMAIL, ports.log, ports.clock,
                ports.allowances).submit(new SubmitAuditCommand(id, null, Callers.alice()));
        return id;
    }

    @Test
    void comparesTwoScoredAuditsOfTheOwner() {
        AuditId baseline = scoredWithMaturity(2);
        AuditId audit = scoredWithMaturity(9);

        AuditComparisonView view = service.compare(audit, baseline, Callers.alice());

        assertThat(view.audit().id()).isEqualTo(audit);
        assertThat(view.baseline().id()).isEqualTo(baseline);
        assertThat(view.comparison().answers()).singleElement().satisfies(change -> {
            assertThat(change.question()).isEqualTo(ClassicAnswers.TECH_STACK_MATURITY);
            assertThat(change.before()).isEqualTo(new AnswerValue.Number(2));
            assertThat(change.after()).isEqualTo(new AnswerValue.Number(9));
        });
        assertThat(view.comparison().total().after()).isGreaterThan(view.comparison().total().before());
    }

    @Test
    void anAuditComparedWithItsTwinChangesNothing() {
        Audit baseline = stored.scoredOf(Callers.alice());
        Audit audit = stored.scoredOf(Callers.alice());

        AuditComparisonView view = service.compare(audit.id(), baseline.id(), Callers.alice());

        assertThat(view.comparison().answers()).isEmpty();
        assertThat(view.comparison().total().after()).isEqualTo(view.comparison().total().before());
        assertThat(view.comparison().resolved()).isEmpty();
        assertThat(view.comparison().added()).isEmpty();
    }

    @Test
    void anAdminComparesAnOwnersAudits() {
        Audit baseline = stored.scoredOf(Callers.alice());
        Audit audit = stored.scoredOf(Callers.alice());

        assertThat(service.compare(audit.id(), baseline.id(), Callers.admin()).baseline().id())
                .isEqualTo(baseline.id());
    }

    @Test
    void auditsOfDifferentOwnersAreNotCompared() {
        Audit alices = stored.scoredOf(Callers.alice());
        Audit bobs = stored.scoredOf(Callers.bob());

        assertThatThrownBy(() -> service.compare(alices.id(), bobs.id(), Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(bobs.id()));
        assertThatThrownBy(() -> service.compare(alices.id(), bobs.id(), Callers.admin()))
                .as("not even by an admin").isInstanceOf(AuditNotFound.class);
        AuditId unknown = ports.auditIds.next();
        assertThatThrownBy(() -> service.compare(alices.id(), unknown, Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }

    @Test
    void aGuestComparesTheAuditsOfTheirTokenOnly() {
        GuestToken token = stored.newGuestToken();
        Audit baseline = stored.scoredOfGuest(token);
        Audit audit = stored.scoredOfGuest(token);
        Audit stranger = stored.scoredOfGuest(stored.newGuestToken());

        assertThat(service.compare(audit.id(), baseline.id(), Callers.guest(token)).audit().id())
                .isEqualTo(audit.id());
        assertThatThrownBy(() -> service.compare(audit.id(), stranger.id(), Callers.guest(token)))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(stranger.id()));
    }

    @Test
    void anotherUserIsDenied() {
        Audit baseline = stored.scoredOf(Callers.alice());
        Audit audit = stored.scoredOf(Callers.alice());

        AccessAssertions.deniedAndLogged(ports.log, "user:bob", audit.id(),
                () -> service.compare(audit.id(), baseline.id(), Callers.bob())).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void nobodyMustAuthenticate() {
        Audit baseline = stored.scoredOf(Callers.alice());
        Audit audit = stored.scoredOf(Callers.alice());

        AccessAssertions.mustAuthenticate(ports.log,
                () -> service.compare(audit.id(), baseline.id(), Callers.anonymous()));
    }

    @Test
    void anUnscoredAuditOnEitherSideIsNotScored() {
        Audit scored = stored.scoredOf(Callers.alice());
        Audit draft = stored.draftOf(Callers.alice());

        assertThatThrownBy(() -> service.compare(draft.id(), scored.id(), Callers.alice()))
                .isInstanceOfSatisfying(AuditNotScored.class, e -> {
                    assertThat(e.auditId()).isEqualTo(draft.id());
                    assertThat(e.status()).isEqualTo(AuditStatus.DRAFT);
                });
        assertThatThrownBy(() -> service.compare(scored.id(), draft.id(), Callers.alice()))
                .isInstanceOfSatisfying(AuditNotScored.class, e -> assertThat(e.auditId()).isEqualTo(draft.id()));
    }
}
