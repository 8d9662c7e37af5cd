package ara.domain.identity;

/**
 * What a caller may do with an owned resource. {@link #DENIED} is reported to clients as "not found", so that ids
 * are not confirmed to strangers; {@link #UNAUTHENTICATED} asks the caller to sign in or present a token.
 */
public enum Access {
    ALLOWED, UNAUTHENTICATED, DENIED;

    /**
     * The access rule for a resource owned by a user (by subject) and/or reachable with a guest token.
     *
     * @param ownerSubject the owning user's subject, or {@code null} when a guest owns it
     * @param guestHash    the hash of the guest token that reaches it, or {@code null}
     */
    public static Access of(Caller caller, String ownerSubject, GuestTokenHash guestHash) {
        if (caller.isAnonymous()) {
            return UNAUTHENTICATED;
        }
        if (caller.isAdmin()) {
            return ALLOWED;
        }
        boolean owner = ownerSubject != null && caller.signedIn().map(u -> u.subject().equals(ownerSubject))
                .orElse(false);
        boolean guest = guestHash != null && caller.guest().map(t -> guestHash.matches(t.hash())).orElse(false);
        return owner || guest ? ALLOWED : DENIED;
    }
}
