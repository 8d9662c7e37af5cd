package ara.application.port.in.identity;

/**
 * Command: the credentials a request carries, any of which may be absent.
 *
 * @param bearerToken the token from {@code Authorization: Bearer}, or {@code null}
 * @param guestToken  the value of {@code X-Guest-Token}, or {@code null}
 * @param requestId   the request's id (for the audit log)
 * @param clientIp    the client's address (for the audit log)
 */
public record AuthenticateCommand(String bearerToken, String guestToken, String requestId, String clientIp) {
}
