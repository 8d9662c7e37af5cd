package ara.application.port.in.audit;

import ara.domain.identity.GuestToken;

import java.util.Objects;
import java.util.Optional;

/**
 * View: a newly started audit and, for a guest audit, the token that reaches it: shown this once, stored only as a
 * hash.
 */
public record StartedAuditView(AuditView audit, GuestToken guestToken) {
    public StartedAuditView {
        Objects.requireNonNull(audit, "audit");
    }

    public Optional<GuestToken> issuedGuestToken() {
        return Optional.ofNullable(guestToken);
    }
}
