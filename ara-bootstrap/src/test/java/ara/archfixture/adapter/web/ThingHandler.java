package ara.archfixture.adapter.web;

import ara.archfixture.adapter.persistence.ThingRepository;

/** Violation: one adapter that depends on another. */
public final class ThingHandler {
    private final ThingRepository repository = new ThingRepository();

    @Override
    public String toString() {
        return "handler for " + repository;
    }
}
