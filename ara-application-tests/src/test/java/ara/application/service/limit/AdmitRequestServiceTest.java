package ara.application.service.limit;

import ara.adapter.memory.InMemoryRateLimiter;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.RequestThrottled;
import ara.application.port.out.limit.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmitRequestServiceTest {
    private static final RateLimit THREE_A_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

    private final InMemoryPorts ports = new InMemoryPorts();
    private final AdmitRequestService service = new AdmitRequestService(new InMemoryRateLimiter(ports.clock, 1_000),
            limits(THREE_A_MINUTE));

    private static Map<Scope, RateLimit> limits(RateLimit every) {
        Map<Scope, RateLimit> limits = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            limits.put(scope, every);
        }
        limits.put(Scope.API_PER_IP, new RateLimit(100, Duration.ofMinutes(1)));
        return limits;
    }

    private AdmissionView chat(String audit) {
        return service.admit(new AdmitRequestCommand(Scope.CHAT_PER_AUDIT, audit));
    }

    @Test
    void admitsUpToTheLimitAndCountsDown() {
        AdmissionView first = chat("audit-1");
        chat("audit-1");
        AdmissionView third = chat("audit-1");

        assertThat(first.admitted()).isTrue();
        assertThat(first.scope()).isEqualTo(Scope.CHAT_PER_AUDIT);
        assertThat(first.limit()).isEqualTo(3);
        assertThat(first.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.retryAfter()).isZero();
        assertThat(third.remaining()).isZero();
        assertThat(third.admitted()).isTrue();
    }

    @Test
    void refusesTheRequestOverTheLimitSayingWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            chat("audit-1");
        }

        assertThatThrownBy(() -> chat("audit-1"))
                .isInstanceOfSatisfying(RequestThrottled.class, e -> {
                    assertThat(e.admission().admitted()).isFalse();
                    assertThat(e.admission().scope()).isEqualTo(Scope.CHAT_PER_AUDIT);
                    assertThat(e.admission().remaining()).isZero();
                    assertThat(e.admission().retryAfterSeconds()).isBetween(1L, 60L);
                })
                .hasMessageContaining("chat_per_audit").hasMessageContaining("per audit");
    }

    @Test
    void admitsAgainOnceTheRetryTimeHasPassed() {
        for (int i = 0; i < 3; i++) {
            chat("audit-1");
        }
        Duration retryAfter = catchThrottled().admission().retryAfter();

        ports.clock.advance(retryAfter);

        assertThat(chat("audit-1").admitted()).isTrue();
    }

    private RequestThrottled catchThrottled() {
        try {
            chat("audit-1");
        } catch (RequestThrottled e) {
            return e;
        }
        throw new AssertionError("expected the request to be throttled");
    }

    @Test
    void countsEachScopeAndSubjectApart() {
        for (int i = 0; i < 3; i++) {
            chat("audit-1");
        }

        assertThat(chat("audit-2").admitted()).isTrue();
        assertThat(service.admit(new AdmitRequestCommand(Scope.UPLOADS_PER_AUDIT, "audit-1")).admitted()).isTrue();
        assertThat(service.admit(new AdmitRequestCommand(Scope.API_PER_IP, "audit-1")).limit()).isEqualTo(100);
    }

    @Test
    void needsALimitForEveryScope() {
        Map<Scope, RateLimit> missing = new EnumMap<>(limits(THREE_A_MINUTE));
        missing.remove(Scope.SUBMIT_PER_AUDIT);

        assertThatThrownBy(() -> new AdmitRequestService(new InMemoryRateLimiter(ports.clock, 10), missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submit_per_audit");
    }

    @Test
    void peekingTellsWhetherTheNextRequestWouldBeAdmittedAndCountsNothing() {
        AdmitRequestCommand failed = new AdmitRequestCommand(Scope.FAILED_ACCESS_PER_IP, "192.0.2.7");
        for (int i = 0; i < 5; i++) {
            assertThat(service.peek(failed).remaining()).isEqualTo(2);
        }
        for (int i = 0; i < 3; i++) {
            service.admit(failed);
        }

        assertThatThrownBy(() -> service.peek(failed)).isInstanceOfSatisfying(RequestThrottled.class,
                e -> assertThat(e.admission().scope()).isEqualTo(Scope.FAILED_ACCESS_PER_IP));
        assertThat(service.peek(new AdmitRequestCommand(Scope.FAILED_ACCESS_PER_IP, "192.0.2.8")).admitted())
                .isTrue();
    }
}
