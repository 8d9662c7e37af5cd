package ara.application.service.account;

import ara.domain.audit.Audit;
import ara.domain.identity.Caller;

/** Whether a caller is an audit's owner (not merely allowed in, as an admin is). Stateless. */
final class Owners {
    private Owners() {
    }

    /** The signed-in owner of a user's audit, or the holder of a guest audit's token. */
    static boolean owns(Caller caller, Audit audit) {
        if (audit.owner().isPresent()) {
            return caller.signedIn().filter(user -> user.subject().equals(audit.owner().get().value())).isPresent();
        }
        return caller.guest().filter(token -> audit.guestToken().filter(token.hash()::matches).isPresent())
                .isPresent();
    }

    /** Whether two audits have the same owner: the same user, or (guest audits) the same guest token. */
    static boolean sameOwner(Audit one, Audit other) {
        if (one.owner().isPresent() || other.owner().isPresent()) {
            return one.owner().equals(other.owner());
        }
        return one.guestToken().filter(token -> token.matches(other.guestToken().orElse(null))).isPresent();
    }
}
