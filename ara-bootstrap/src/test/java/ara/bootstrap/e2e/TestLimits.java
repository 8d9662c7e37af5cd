package ara.bootstrap.e2e;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.bootstrap.config.LimitSettings;

import java.util.HashMap;
import java.util.Map;

/**
 * Rate limits out of the way: every test client is 127.0.0.1, so the production defaults (100 API requests a
 * minute per address, 20 guest audits an hour) would refuse the journeys' requests. Tests of the limits set their own.
 */
final class TestLimits {
    private TestLimits() {
    }

    /** {@code env} plus a very high limit for every scope that {@code env} does not set. */
    static Map<String, String> generous(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        for (Scope scope : Scope.values()) {
            all.putIfAbsent(LimitSettings.variable(scope), "1000000/1m");
        }
        // No load balancer to drain for: stop at once unless the test is about draining.
        all.putIfAbsent("ARA_SHUTDOWN_DRAIN_MS", "0");
        return all;
    }
}
