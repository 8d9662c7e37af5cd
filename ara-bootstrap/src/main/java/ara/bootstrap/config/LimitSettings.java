package ara.bootstrap.config;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.limit.RateLimit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings: the rate limit of every scope, each from its variable as {@code count/period} ({@code 100/1m}, units
 * s, m, h, d), with the defaults of the README's table. Immutable.
 */
public record LimitSettings(Map<Scope, RateLimit> limits) {
    public LimitSettings {
        Objects.requireNonNull(limits, "limits");
        limits = Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    /** Each scope's variable and default. */
    public static String variable(Scope scope) {
        return "ARA_LIMIT_" + scope.name();
    }

    static String defaultLimit(Scope scope) {
        return switch (scope) {
            case API_PER_IP -> "100/1m";
            case FAILED_ACCESS_PER_IP -> "30/1m";
            case AUDIT_CREATE_PER_IP -> "20/1h";
            case ANSWER_WRITES_PER_AUDIT -> "300/1m";
            case SUBMIT_PER_AUDIT -> "5/1h";
            case REPORTS_PER_AUDIT -> "5/1h";
            case CHAT_PER_AUDIT -> "20/1m";
            case UPLOADS_PER_AUDIT -> "5/1h";
        };
    }

    /**
     * Reads every scope's limit.
     *
     * @throws InvalidConfiguration naming the variable whose value is not a limit
     */
    static LimitSettings from(ConfigSource source) {
        Map<Scope, RateLimit> limits = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            String name = variable(scope);
            try {
                limits.put(scope, RateLimit.parse(source.get(name, defaultLimit(scope))));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfiguration(name, e.getMessage());
            }
        }
        return new LimitSettings(limits);
    }
}
