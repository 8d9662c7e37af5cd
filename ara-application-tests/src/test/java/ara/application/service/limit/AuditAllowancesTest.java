package ara.application.service.limit;

import ara.application.fixture.Allowances;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.RequestThrottled;
import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AuditAllowancesTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final Allowances two = new Allowances(ports.clock, 2);
    private final AuditAllowances allowances = two.allowances;
    private final AuditId audit = new AuditId(UUID.fromString("3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13"));

    @Test
    void spendsTheAuditsAllowanceOfTheScopeAndReportsEachAdmission() {
        allowances.spend(Scope.SUBMIT_PER_AUDIT, audit);
        allowances.spend(Scope.SUBMIT_PER_AUDIT, audit);

        assertThat(two.shown).extracting(AdmissionView::scope, AdmissionView::remaining)
                .containsExactly(tuple(Scope.SUBMIT_PER_AUDIT, 1),
                        tuple(Scope.SUBMIT_PER_AUDIT, 0));
        assertThatThrownBy(() -> allowances.spend(Scope.SUBMIT_PER_AUDIT, audit))
                .isInstanceOfSatisfying(RequestThrottled.class, e -> {
                    assertThat(e.admission().scope()).isEqualTo(Scope.SUBMIT_PER_AUDIT);
                    assertThat(e.admission().retryAfter()).isPositive();
                });
        assertThat(two.shown).as("a refusal is not an admission").hasSize(2);
    }

    @Test
    void eachAuditAndScopeHasItsOwnAllowance() {
        AuditId other = new AuditId(UUID.fromString("3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a14"));
        allowances.spend(Scope.REPORTS_PER_AUDIT, audit);
        allowances.spend(Scope.REPORTS_PER_AUDIT, audit);

        allowances.spend(Scope.REPORTS_PER_AUDIT, other);
        allowances.spend(Scope.CHAT_PER_AUDIT, audit);

        assertThat(two.shown).extracting(AdmissionView::remaining).containsExactly(1, 0, 1, 1);
    }

    @Test
    void spendingForAnAuditReturnsItForChaining() {
        Audit stored = AuditSamples.draft(new OwnerId("alice"), AuditSamples.T0);

        assertThat(allowances.spend(Scope.ANSWER_WRITES_PER_AUDIT, stored)).isSameAs(stored);
        assertThat(two.shown).singleElement().extracting(AdmissionView::scope)
                .isEqualTo(Scope.ANSWER_WRITES_PER_AUDIT);
    }

    @Test
    void refusesALimitThatIsNotKeptPerAudit() {
        assertThatThrownBy(() -> allowances.spend(Scope.API_PER_IP, audit))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("api_per_ip");
        assertThatThrownBy(() -> allowances.spend(Scope.FAILED_ACCESS_PER_IP, audit))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(two.shown).isEmpty();
    }
}
