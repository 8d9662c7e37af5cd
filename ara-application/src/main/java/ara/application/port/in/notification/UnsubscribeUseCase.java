package ara.application.port.in.notification;

import ara.domain.identity.Caller;

/** Use case: a recipient opts out of ARA's mail in one click (RFC 8058) with the link their messages carry. */
public interface UnsubscribeUseCase {

    /**
     * Stops every further message to the recipient the token names.
     *
     * @throws MailLinkRejected when the token was not issued by this ARA (its signature does not match)
     */
    void unsubscribe(String token, Caller caller);

    /**
     * Checks a token without acting on it (for the confirmation page a plain GET of the link shows).
     *
     * @throws MailLinkRejected when the token was not issued by this ARA
     */
    void check(String token);
}
