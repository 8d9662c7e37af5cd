package ara.archfixture.domain;

import ara.archfixture.adapter.web.ThingHandler;

/** Violation: a domain class that reaches into an adapter. */
public final class LeakyEntity {
    public String render(ThingHandler handler) {
        return handler.toString();
    }
}
