package ara.bootstrap.config;

import java.util.HashMap;
import java.util.Map;

/** Environments for settings tests: a base with some variables changed. */
final class Env {
    private Env() {
    }

    /** {@code base} with each name/value pair of {@code overrides} set, or removed where the value is null. */
    static Map<String, String> with(Map<String, String> base, String... overrides) {
        Map<String, String> env = new HashMap<>(base);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                env.remove(overrides[i]);
            } else {
                env.put(overrides[i], overrides[i + 1]);
            }
        }
        return env;
    }
}
