package ara.adapter.web.audit;

import ara.application.port.in.audit.StartedAuditView;
import ara.domain.identity.GuestToken;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Response body of {@code POST /audits}: the new audit's fields and {@code guestToken}, the secret that reaches a
 * guest audit. Shown in this reply only (the server keeps just its hash); {@code null} for a signed-in user's audit.
 */
public record StartedAuditResponse(@JsonUnwrapped AuditResponse audit, String guestToken) {

    public static StartedAuditResponse from(StartedAuditView started) {
        return new StartedAuditResponse(AuditResponse.from(started.audit()),
                started.issuedGuestToken().map(GuestToken::reveal).orElse(null));
    }
}
