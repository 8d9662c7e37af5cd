package ara.archfixture.adapter.persistence;

import ara.archfixture.application.service.thing.LooseService;

/** Violation: an adapter that uses a service directly. */
public final class ThingRepository {
    public String find(LooseService service) {
        return service.fetch("x");
    }
}
