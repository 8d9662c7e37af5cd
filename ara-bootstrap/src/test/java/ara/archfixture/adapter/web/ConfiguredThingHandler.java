package ara.archfixture.adapter.web;

import ara.archfixture.bootstrap.ThingSettings;

/** Violation: an adapter that reaches back into the composition root. */
public final class ConfiguredThingHandler {
    public int port(ThingSettings settings) {
        return settings.port();
    }
}
