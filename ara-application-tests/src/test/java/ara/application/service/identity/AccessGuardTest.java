package ara.application.service.identity;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static ara.application.service.identity.AccessGuardTest.Expected.ALLOWED;
import static ara.application.service.identity.AccessGuardTest.Expected.AUTHENTICATE;
import static ara.application.service.identity.AccessGuardTest.Expected.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access rule as a table: caller × ownership × audit state → outcome. The rule ({@code Audit.accessFor}, i.e.
 * {@code Access.of}) looks only at who owns the audit and who asks, never at the state, so every row of
 * {@link #RULE} is checked in every {@link AuditStatus}.
 */
class AccessGuardTest {
    private static final String REQUEST = "req-42";
    private static final String CLIENT_IP = "203.0.113.7";
    /** The token the guest audits were started with. */
    private static final GuestToken AUDIT_TOKEN = token(1);
    private static final GuestToken OTHER_TOKEN = token(2);

    enum Expected { ALLOWED, AUTHENTICATE, NOT_FOUND }

    /** Who owns the audit under test. */
    enum Ownership {
        /** Started by alice, signed in. */
        USER_OWNED,
        /** Started by a guest: only {@link #AUDIT_TOKEN} reaches it. */
        GUEST_OWNED,
        /** Started by a guest, then claimed by alice with the token: hers now, the token no longer works. */
        CLAIMED_BY_USER
    }

    /** Who asks; the user callers are alice (the owner of the user-owned audits), bob and an admin. */
    enum Who {
        ANONYMOUS(Callers.anonymous()),
        ALICE(Callers.alice()),
        BOB(Callers.bob()),
        ADMIN(Callers.admin()),
        GUEST_WITH_AUDIT_TOKEN(Callers.guest(AUDIT_TOKEN)),
        GUEST_WITH_OTHER_TOKEN(Callers.guest(OTHER_TOKEN)),
        /** Alice, signed in, also presenting the guest audit's token (what a claim sends). */
        ALICE_WITH_AUDIT_TOKEN(new Caller(Callers.alice().user(), AUDIT_TOKEN, null, null));

        final Caller caller;

        Who(Caller caller) {
            this.caller = caller;
        }
    }

    /** The rule, one row per ownership and caller. */
    private static final List<Arguments> RULE = List.of(
            Arguments.of(Ownership.USER_OWNED, Who.ANONYMOUS, AUTHENTICATE),
            Arguments.of(Ownership.USER_OWNED, Who.ALICE, ALLOWED),
            Arguments.of(Ownership.USER_OWNED, Who.BOB, NOT_FOUND),
            Arguments.of(Ownership.USER_OWNED, Who.ADMIN, ALLOWED),
            Arguments.of(Ownership.USER_OWNED, Who.GUEST_WITH_AUDIT_TOKEN, NOT_FOUND),
            Arguments.of(Ownership.USER_OWNED, Who.GUEST_WITH_OTHER_TOKEN, NOT_FOUND),
            Arguments.of(Ownership.USER_OWNED, Who.ALICE_WITH_AUDIT_TOKEN, ALLOWED),

            Arguments.of(Ownership.GUEST_OWNED, Who.ANONYMOUS, AUTHENTICATE),
            Arguments.of(Ownership.GUEST_OWNED, Who.ALICE, NOT_FOUND),
            Arguments.of(Ownership.GUEST_OWNED, Who.BOB, NOT_FOUND),
            Arguments.of(Ownership.GUEST_OWNED, Who.ADMIN, ALLOWED),
            Arguments.of(Ownership.GUEST_OWNED, Who.GUEST_WITH_AUDIT_TOKEN, ALLOWED),
            Arguments.of(Ownership.GUEST_OWNED, Who.GUEST_WITH_OTHER_TOKEN, NOT_FOUND),
            Arguments.of(Ownership.GUEST_OWNED, Who.ALICE_WITH_AUDIT_TOKEN, ALLOWED),

            Arguments.of(Ownership.CLAIMED_BY_USER, Who.ANONYMOUS, AUTHENTICATE),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.ALICE, ALLOWED),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.BOB, NOT_FOUND),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.ADMIN, ALLOWED),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.GUEST_WITH_AUDIT_TOKEN, NOT_FOUND),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.GUEST_WITH_OTHER_TOKEN, NOT_FOUND),
            Arguments.of(Ownership.CLAIMED_BY_USER, Who.ALICE_WITH_AUDIT_TOKEN, ALLOWED));

    private final InMemoryPorts ports = new InMemoryPorts();
    private final AccessGuard guard = new AccessGuard(ports.log, ports.clock);

    static Stream<Arguments> table() {
        return RULE.stream().flatMap(row -> Arrays.stream(AuditStatus.values()).map(status -> {
            Object[] cells = row.get();
            return Arguments.of(cells[0], status, cells[1], cells[2]);
        }));
    }

    @Test
    void theTableCoversEveryCallerForEveryOwnership() {
        assertThat(RULE).hasSize(Ownership.values().length * Who.values().length);
        assertThat(table()).hasSize(RULE.size() * AuditStatus.values().length);
    }

    @ParameterizedTest(name = "{0} audit, {1}, asked by {2} → {3}")
    @MethodSource("table")
    void appliesTheAccessRule(Ownership ownership, AuditStatus status, Who who, Expected expected) {
        Audit audit = audit(ownership, status);
        Caller caller = who.caller.from(REQUEST, CLIENT_IP);

        switch (expected) {
            case ALLOWED -> {
                assertThat(guard.check(audit, caller)).isSameAs(audit);
                assertThat(ports.log.latest(10)).isEmpty();
            }
            case AUTHENTICATE -> {
                assertThatThrownBy(() -> guard.check(audit, caller)).isInstanceOf(AuthenticationRequired.class);
                assertThat(ports.log.latest(10)).isEmpty();
            }
            case NOT_FOUND -> {
                assertThatThrownBy(() -> guard.check(audit, caller))
                        .isInstanceOfSatisfying(AuditNotFound.class,
                                e -> assertThat(e.auditId()).isEqualTo(audit.id()));
                assertThat(ports.log.latest(10)).containsExactly(new AuditEvent(InMemoryPorts.START,
                        caller.actor(), "access.denied", "audit:" + audit.id(), AuditEvent.DENIED, REQUEST,
                        CLIENT_IP));
            }
        }
    }

    @ParameterizedTest(name = "{0} audit, asked by {1} → {2}")
    @MethodSource("rule")
    void throwsTheSuppliedNotFoundForWhatTheAuditOwns(Ownership ownership, Who who, Expected expected) {
        Audit audit = audit(ownership, AuditStatus.REPORT_READY);
        IllegalStateException reportNotFound = new IllegalStateException("report not found");

        switch (expected) {
            case ALLOWED -> assertThat(guard.check(audit, who.caller, () -> reportNotFound)).isSameAs(audit);
            case AUTHENTICATE -> assertThatThrownBy(() -> guard.check(audit, who.caller, () -> reportNotFound))
                    .isInstanceOf(AuthenticationRequired.class);
            case NOT_FOUND -> {
                assertThatThrownBy(() -> guard.check(audit, who.caller, () -> reportNotFound))
                        .isSameAs(reportNotFound);
                assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
            }
        }
        if (expected != NOT_FOUND) {
            assertThat(ports.log.latest(10)).isEmpty();
        }
    }

    static Stream<Arguments> rule() {
        return RULE.stream();
    }

    @Test
    void asksAnAnonymousCallerToAuthenticateBeforeAnyLookUp() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> guard.requireIdentity(Callers.anonymous(), unknown))
                .isInstanceOf(AuthenticationRequired.class)
                .hasMessageContaining(unknown.toString());
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void letsAnyCallerWithAnIdentityThroughToTheLookUp() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                assertThatCode(() -> guard.requireIdentity(who.caller, unknown)).as(who.name())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void recordsAnEventAtTheClocksTime() {
        ports.clock.advance(Duration.ofMinutes(3));
        AuditId id = new AuditId(UUID.randomUUID());

        guard.record(Callers.guest(AUDIT_TOKEN).from(REQUEST, CLIENT_IP), "audit.created", id, AuditEvent.SUCCESS);
        guard.record(Callers.alice(), "admin.cleanup", null, AuditEvent.SUCCESS);

        assertThat(ports.log.latest(10)).containsExactly(
                new AuditEvent(InMemoryPorts.START.plusSeconds(180), "user:alice", "admin.cleanup", null,
                        AuditEvent.SUCCESS, null, null),
                new AuditEvent(InMemoryPorts.START.plusSeconds(180), "guest", "audit.created", "audit:" + id,
                        AuditEvent.SUCCESS, REQUEST, CLIENT_IP));
    }

    private Audit audit(Ownership ownership, AuditStatus status) {
        ScoringScheme scheme = Schemes.current(ports.catalog, QuestionnaireId.of("classic"));
        Instant now = ports.clock.instant();
        AuditId id = new AuditId(UUID.randomUUID());
        Audit draft = switch (ownership) {
            case USER_OWNED -> Audit.start(id, scheme, "Acme", OwnerId.of(Callers.alice().user()), now);
            case GUEST_OWNED -> Audit.startForGuest(id, scheme, "Acme", AUDIT_TOKEN.hash(), now);
            case CLAIMED_BY_USER -> Audit.startForGuest(id, scheme, "Acme", AUDIT_TOKEN.hash(), now)
                    .claim(Callers.alice().user(), now);
        };
        return switch (status) {
            case DRAFT -> draft;
            case SUBMITTED -> draft.moveTo(AuditStatus.SUBMITTED, now);
            case SCORED -> scored(draft, scheme, now);
            case REPORT_READY -> scored(draft, scheme, now).moveTo(AuditStatus.REPORT_READY, now);
            case ARCHIVED -> draft.moveTo(AuditStatus.ARCHIVED, now);
        };
    }

    private static Audit scored(Audit draft, ScoringScheme scheme, Instant now) {
        Audit scored = draft.answerAll(scheme, ClassicAnswers.complete(), now)
                .submit(scheme, GuestSubmitPolicy.OPEN, now);
        assertThat(scored.status()).isEqualTo(AuditStatus.SCORED);
        return scored;
    }

    private static GuestToken token(int seed) {
        byte[] bytes = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) seed);
        return GuestToken.fromRandomBytes(bytes);
    }
}
