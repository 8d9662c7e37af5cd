package ara.application.port.in.identity;

import ara.domain.identity.Caller;

/** Inbound port: turns a request's credentials into the caller it speaks for. */
public interface AuthenticateUseCase {
    /**
     * @throws ara.domain.identity.TokenRejected when a credential is present but not valid (never silently ignored)
     */
    Caller authenticate(AuthenticateCommand command);
}
