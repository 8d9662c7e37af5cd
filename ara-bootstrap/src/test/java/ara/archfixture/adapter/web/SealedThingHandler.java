package ara.archfixture.adapter.web;

import ara.archfixture.atrest.ThingSeal;

/** Violation: the web adapter handling data at rest, which is the stores' business. */
public final class SealedThingHandler {
    public String handle(ThingSeal seal) {
        return seal.seal("body");
    }
}
