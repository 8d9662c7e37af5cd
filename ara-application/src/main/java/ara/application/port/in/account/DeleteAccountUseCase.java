package ara.application.port.in.account;

import ara.domain.identity.Caller;

/** Inbound port: erases the signed-in caller's account with every audit it owns. */
public interface DeleteAccountUseCase {
    /**
     * @throws ara.domain.identity.AuthenticationRequired when the caller is not signed in
     */
    DeletedAccountView delete(Caller caller);
}
