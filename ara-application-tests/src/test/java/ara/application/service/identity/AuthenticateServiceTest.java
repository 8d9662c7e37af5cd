package ara.application.service.identity;

import ara.adapter.memory.InMemoryUserRepository.SeenUser;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.identity.AuthenticateCommand;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.identity.TokenRejected;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static ara.application.fixture.InMemoryPorts.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticateServiceTest {
    private static final String REQUEST = "req-7";
    private static final String CLIENT_IP = "198.51.100.4";

    private final InMemoryPorts ports = new InMemoryPorts();
    private final AuthenticateService service = new AuthenticateService(new PrefixTokenVerifier(), ports.users,
            ports.log, ports.clock);
    private final GuestToken guestToken = GuestToken.fromRandomBytes(ports.secrets.randomBytes(
            GuestToken.RANDOM_BYTES));

    @Test
    void noCredentialsIsAnAnonymousCallerOnItsRequest() {
        Caller caller = service.authenticate(new AuthenticateCommand(null, null, REQUEST, CLIENT_IP));

        assertThat(caller.isAnonymous()).isTrue();
        assertThat(caller.requestId()).isEqualTo(REQUEST);
        assertThat(caller.clientIp()).isEqualTo(CLIENT_IP);
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void aVerifiedBearerTokenIsTheUserAndRecordsTheirFirstSighting() {
        Caller caller = service.authenticate(new AuthenticateCommand("valid:alice", null, REQUEST, CLIENT_IP));

        assertThat(caller.signedIn()).hasValueSatisfying(user -> assertThat(user.subject()).isEqualTo("alice"));
        assertThat(caller.guest()).isEmpty();
        assertThat(caller.isAdmin()).isFalse();
        assertThat(caller.requestId()).isEqualTo(REQUEST);
        assertThat(ports.users.find("alice")).hasValueSatisfying(seen -> {
            assertThat(seen.firstSeen()).isEqualTo(START);
            assertThat(seen.lastSeen()).isEqualTo(START);
            assertThat(seen.identity().email()).isEqualTo("alice@example.org");
        });
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void keepsTheRolesTheVerifierGives() {
        Caller caller = service.authenticate(new AuthenticateCommand("valid:root:admin", null, REQUEST, CLIENT_IP));

        assertThat(caller.isAdmin()).isTrue();
    }

    @Test
    void aWellFormedGuestTokenIsTheGuest() {
        Caller caller = service.authenticate(new AuthenticateCommand(null, guestToken.reveal(), REQUEST, CLIENT_IP));

        assertThat(caller.guest()).contains(guestToken);
        assertThat(caller.signedIn()).isEmpty();
        assertThat(caller.actor()).isEqualTo("guest");
    }

    @Test
    void aUserMayPresentAGuestTokenToo() {
        Caller caller = service.authenticate(new AuthenticateCommand("valid:alice", guestToken.reveal(), REQUEST,
                CLIENT_IP));

        assertThat(caller.signedIn()).isPresent();
        assertThat(caller.guest()).contains(guestToken);
        assertThat(caller.actor()).isEqualTo("user:alice");
    }

    @Test
    void aRejectedBearerTokenIsLoggedWithItsReasonAndThrown() {
        ports.clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> service.authenticate(new AuthenticateCommand("expired:alice", null, REQUEST,
                CLIENT_IP)))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo("expired"));

        assertThat(ports.log.latest(10)).containsExactly(new AuditEvent(START.plusSeconds(30), "anonymous",
                "token.rejected", null, "rejected:expired", REQUEST, CLIENT_IP));
        assertThat(ports.users.find("alice")).isEmpty();
    }

    @Test
    void aTokenTheVerifierCannotReadIsRejected() {
        assertThatThrownBy(() -> service.authenticate(new AuthenticateCommand("garbage", null, REQUEST, CLIENT_IP)))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo("malformed"));
        assertThat(ports.log.count("token.rejected", "rejected:malformed")).isEqualTo(1);
    }

    @Test
    void aMalformedGuestTokenIsRejectedNotIgnored() {
        assertThatThrownBy(() -> service.authenticate(new AuthenticateCommand(null, "too-short", REQUEST,
                CLIENT_IP)))
                .isInstanceOfSatisfying(TokenRejected.class,
                        e -> assertThat(e.reason()).isEqualTo("malformed_guest_token"));

        assertThat(ports.log.latest(10)).containsExactly(new AuditEvent(START, "anonymous", "token.rejected", null,
                "rejected:malformed_guest_token", REQUEST, CLIENT_IP));
    }

    @Test
    void aMalformedGuestTokenBesideAValidBearerTokenRejectsTheRequestAndRecordsNoSighting() {
        String notBase64url = "!".repeat(43);

        assertThatThrownBy(() -> service.authenticate(new AuthenticateCommand("valid:alice", notBase64url, REQUEST,
                CLIENT_IP)))
                .isInstanceOfSatisfying(TokenRejected.class,
                        e -> assertThat(e.reason()).isEqualTo("malformed_guest_token"));
        assertThat(ports.users.find("alice")).isEmpty();
    }

    @Test
    void writesASightingAtMostOncePerIntervalPerUser() {
        Duration interval = Duration.ofMinutes(AuthenticateService.SIGHTING_INTERVAL_MINUTES);
        signIn("alice");

        ports.clock.advance(interval.minusSeconds(1));
        signIn("alice");
        signIn("bob");
        assertThat(lastSeen("alice")).isEqualTo(START);
        assertThat(lastSeen("bob")).isEqualTo(START.plus(interval).minusSeconds(1));

        ports.clock.advance(Duration.ofSeconds(1));
        signIn("alice");
        assertThat(lastSeen("alice")).isEqualTo(START.plus(interval));
        assertThat(ports.users.find("alice").map(SeenUser::firstSeen)).contains(START);
    }

    private void signIn(String subject) {
        service.authenticate(new AuthenticateCommand("valid:" + subject, null, REQUEST, CLIENT_IP));
    }

    private Instant lastSeen(String subject) {
        return ports.users.find(subject).orElseThrow().lastSeen();
    }
}
