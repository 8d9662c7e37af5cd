package ara.application.service.identity;

import ara.application.port.in.identity.AuthenticateCommand;
import ara.application.port.in.identity.AuthenticateUseCase;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.identity.TokenVerifier;
import ara.application.port.out.identity.UserRepository;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service: turns a request's credentials into its caller. A bearer token must verify; a guest token must be
 * well-formed (whether it reaches an audit is decided per audit). Rejections are logged. A user row is written on
 * first sight and then at most every {@value #SIGHTING_INTERVAL_MINUTES} minutes per user, so that every request
 * does not become a write. Thread-safe.
 */
public final class AuthenticateService implements AuthenticateUseCase {
    static final long SIGHTING_INTERVAL_MINUTES = 5;
    private static final int SIGHTINGS_REMEMBERED = 10_000;

    private final TokenVerifier tokens;
    private final UserRepository users;
    private final AuditLog log;
    private final Clock clock;
    private final Map<String, Instant> lastSighting = new ConcurrentHashMap<>();

    public AuthenticateService(TokenVerifier tokens, UserRepository users, AuditLog log, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.users = Objects.requireNonNull(users, "users");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Caller authenticate(AuthenticateCommand command) {
        UserIdentity user = null;
        GuestToken guest = null;
        try {
            if (command.bearerToken() != null) {
                user = tokens.verify(command.bearerToken());
            }
            if (command.guestToken() != null) {
                guest = parseGuestToken(command.guestToken());
            }
        } catch (TokenRejected e) {
            log.record(new AuditEvent(clock.instant(), "anonymous", "token.rejected", null,
                    AuditEvent.REJECTED + ":" + e.reason(), command.requestId(), command.clientIp()));
            throw e;
        }
        if (user != null) {
            recordSighting(user);
        }
        return new Caller(user, guest, command.requestId(), command.clientIp());
    }

    private static GuestToken parseGuestToken(String presented) {
        try {
            return GuestToken.parse(presented);
        } catch (IllegalArgumentException e) {
            throw new TokenRejected("malformed_guest_token", e);
        }
    }

    private void recordSighting(UserIdentity user) {
        Instant now = clock.instant();
        Instant last = lastSighting.get(user.subject());
        if (last != null && Duration.between(last, now).toMinutes() < SIGHTING_INTERVAL_MINUTES) {
            return;
        }
        if (lastSighting.size() >= SIGHTINGS_REMEMBERED) {
            lastSighting.clear();
        }
        users.recordSighting(user, now);
        lastSighting.put(user.subject(), now);
    }
}
