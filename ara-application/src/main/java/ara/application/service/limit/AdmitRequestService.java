package ara.application.service.limit;

import ara.application.port.in.limit.AdmissionView;
import ara.application.port.in.limit.AdmitRequestCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.limit.AdmitRequestUseCase;
import ara.application.port.in.limit.RequestThrottled;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Admits requests against the configured limit of each scope, through the {@link RateLimiter} (shared by every
 * instance when it is Redis). The limiter key is {@code <scope code>:<subject>}. Immutable and thread-safe.
 */
public final class AdmitRequestService implements AdmitRequestUseCase {
    private final RateLimiter limiter;
    private final Map<Scope, RateLimit> limits;

    /**
     * @param limits the limit of every scope
     * @throws IllegalArgumentException when a scope has no limit
     */
    public AdmitRequestService(RateLimiter limiter, Map<Scope, RateLimit> limits) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        Objects.requireNonNull(limits, "limits");
        for (Scope scope : Scope.values()) {
            if (!limits.containsKey(scope)) {
                throw new IllegalArgumentException("no rate limit for the scope " + scope.code());
            }
        }
        this.limits = new EnumMap<>(limits);
    }

    @Override
    public AdmissionView admit(AdmitRequestCommand command) {
        RateLimit limit = limits.get(command.scope());
        return view(command, limit, limiter.check(key(command), limit));
    }

    @Override
    public AdmissionView peek(AdmitRequestCommand command) {
        RateLimit limit = limits.get(command.scope());
        return view(command, limit, limiter.peek(key(command), limit));
    }

    private static String key(AdmitRequestCommand command) {
        return command.scope().code() + ":" + command.subject();
    }

    private static AdmissionView view(AdmitRequestCommand command, RateLimit limit, RateLimitDecision decision) {
        AdmissionView view = new AdmissionView(command.scope(), decision.limit(), limit.period(),
                decision.remaining(), decision.resetAfter(), decision.retryAfter());
        if (!decision.allowed()) {
            throw new RequestThrottled(view, limit.toString());
        }
        return view;
    }
}
